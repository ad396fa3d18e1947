package io.facadeswitch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated facade of many views and functions over the example core, for tests of big
 * colours: plain views over core tables, every fifth view built on an earlier one, SQL functions
 * reading the views, and PL/pgSQL ones. {@code variant} changes every definition a little, so two
 * variants are two releases.
 */
public final class LargeFacade {

    private static final int PER_FILE = 500;

    private LargeFacade() {
    }

    public static Path write(int views, int functions, String variant) {
        try {
            Path folder = Files.createTempDirectory("facade-large-");
            StringBuilder file = new StringBuilder();
            int files = 0;
            for (int i = 1; i <= views; i++) {
                if (i % 5 == 0) {
                    file.append("CREATE VIEW v_%05d AS SELECT id, email, '%s' AS variant FROM v_%05d WHERE id > %d;\n"
                            .formatted(i, variant, i - 1, i));
                } else {
                    file.append(("CREATE VIEW v_%05d AS SELECT c.id, c.email, '%s'::text AS variant"
                            + " FROM core.customer AS c WHERE c.id > %d;\n").formatted(i, variant, i));
                }
                if (i % PER_FILE == 0) {
                    flush(folder, ++files, file);
                }
            }
            for (int i = 1; i <= functions; i++) {
                if (i % 2 == 0) {
                    file.append("""
                            CREATE FUNCTION f_%05d(p_id bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
                                SELECT count(*) FROM v_%05d WHERE id > p_id + %d
                            $$;
                            """.formatted(i, 1 + (i % Math.max(1, views)), i));
                } else {
                    file.append("""
                            CREATE FUNCTION f_%05d(p_id bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
                            BEGIN
                                RETURN '%s-' || (p_id + %d)::text;
                            END
                            $$;
                            """.formatted(i, variant, i));
                }
                if (i % PER_FILE == 0) {
                    flush(folder, ++files, file);
                }
            }
            if (file.length() > 0) {
                flush(folder, ++files, file);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Path folder, int number, StringBuilder file) throws IOException {
        Files.writeString(folder.resolve("%03d_generated.sql".formatted(number * 10)), file.toString());
        file.setLength(0);
    }
}
