package io.facadeswitch.db;

import io.facadeswitch.OperatorText;
import io.micronaut.core.annotation.Nullable;
import java.util.regex.Pattern;

/**
 * Where the database is. {@link #toString()} never shows the password.
 *
 * @param url      a JDBC URL ({@code jdbc:postgresql://host:5432/db}); {@code null} means the embedded server
 * @param user     the user to connect as
 * @param password its password, or {@code null}
 */
public record ConnectionSettings(@Nullable String url, @Nullable String user, @Nullable String password) {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)[?&;]password=");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("//[^/@?]*:[^/@?]*@");

    public ConnectionSettings {
        if (url != null && url.isBlank()) {
            url = null;
        }
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db-url must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://localhost:5432/app, not '" + OperatorText.shown(redact(url)) + "'");
        }
    }

    /** The URL with any password in it (user info or a password parameter) masked. */
    public static String redact(String url) {
        return url.replaceAll("(//[^/@:]*:)[^/@]*@", "$1****@")
                .replaceAll("(?i)(password=)[^&]*", "$1****");
    }

    /** Whether the URL carries a password (a {@code password} parameter or {@code user:password@}). */
    public static boolean holdsPassword(String url) {
        return PASSWORD_PARAMETER.matcher(url).find() || USER_INFO_PASSWORD.matcher(url).find();
    }

    public boolean embedded() {
        return url == null;
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + (url == null ? null : redact(url)) + ", user=" + user
                + ", password=" + (password == null ? "none" : "****") + "]";
    }
}
