package io.facadeswitch.facade;

import java.util.List;

/**
 * One file of a facade release.
 *
 * @param path       relative to the facade folder, with forward slashes ({@code 020_views.sql}, {@code tests/010_x.sql})
 * @param kind       facade object definitions or a test
 * @param content    the file's text
 * @param statements the file split into statements
 */
public record FacadeFile(String path, Kind kind, String content, List<SqlStatement> statements) {

    public enum Kind { FACADE, TEST }
}
