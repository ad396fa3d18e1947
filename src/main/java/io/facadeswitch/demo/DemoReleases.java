package io.facadeswitch.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo's releases, made from the project's own facade folder: 1.0.0 is the folder as it is;
 * 1.1.0 adds a view; 1.2.0 adds a price helper with a typo in a column name that its tests never
 * call, so it deploys (with a warning) and breaks the products view the moment anyone reads it.
 */
public final class DemoReleases implements AutoCloseable {

    /**
     * The file that breaks 1.2.0: a price helper whose body says price_in_cents (the column is
     * price_cents), and the products view reading prices through it. Tests use it too.
     */
    public static final String BROKEN_PRICE_HELPER = """
            -- 1.2.0 reads prices through a helper. Its body says price_in_cents; the column is
            -- price_cents. PostgreSQL resolves PL/pgSQL bodies only when they run.
            CREATE FUNCTION product_price(p_id bigint) RETURNS integer
            LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
            BEGIN
                RETURN (SELECT p.price_in_cents FROM core.product AS p WHERE p.id = p_id);
            END
            $$;

            CREATE OR REPLACE VIEW products AS
            SELECT p.id, p.sku, p.name, product_price(p.id) AS price_cents
            FROM core.product AS p
            WHERE p.active;
            """;

    private final Path base;
    private final Path workspace;

    DemoReleases(Path facadeFolder) throws IOException {
        this.base = facadeFolder;
        this.workspace = Files.createTempDirectory("facade-switch-demo-releases-");
    }

    Path release100() {
        return base;
    }

    Path release110() throws IOException {
        Path folder = copy("1.1.0", true);
        Files.writeString(folder.resolve("050_popular_products.sql"), """
                -- New in 1.1.0: products with the number of order lines that name them.
                CREATE VIEW popular_products AS
                SELECT p.id, p.sku, p.name, count(l.line_no) AS order_lines
                FROM core.product AS p
                LEFT JOIN core.order_line AS l ON l.product_id = p.id
                GROUP BY p.id, p.sku, p.name;
                """);
        return folder;
    }

    Path release120Broken() throws IOException {
        Path folder = copy("1.2.0", false);
        Files.writeString(folder.resolve("050_price_helper.sql"), BROKEN_PRICE_HELPER);
        return folder;
    }

    /** The base folder under a new name, with or without its tests/. */
    private Path copy(String name, boolean withTests) throws IOException {
        Path target = workspace.resolve(name);
        try (Stream<Path> paths = Files.walk(base)) {
            for (Path source : paths.toList()) {
                Path relative = base.relativize(source);
                if (!withTests && relative.startsWith("tests")) {
                    continue;
                }
                Path destination = target.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(workspace)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
