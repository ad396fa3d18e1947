package io.facadeswitch.support;

import io.facadeswitch.demo.DemoReleases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The example sources and test releases, by path, and copies of them that a test may change. */
public final class Fixtures {

    public static final Path CORE = Path.of("core-schema");
    public static final Path FACADE_1_0_0 = Path.of("facade-schema");
    public static final Path FACADE_1_1_0 = Path.of("src/test/resources/releases/1.1.0");
    public static final Path CORE_CHANGES = Path.of("src/test/resources/core-changes");

    /** The file of the example that both broken releases patch. */
    private static final String ORDER_VIEWS = "020_order_views.sql";
    /** Every copy this JVM made: removed when it exits (they used to pile up in the temp folder). */
    private static final Set<Path> COPIES = ConcurrentHashMap.newKeySet();

    private Fixtures() {
    }

    /**
     * The example facade with a syntax error ({@code SELEC}) in the order_lines view, built once.
     * Its {@code EXPECTED} file holds the file and line the deploy must name, one a line.
     */
    public static Path brokenSyntax() {
        return BrokenSyntax.FOLDER;
    }

    /**
     * The example facade whose order_summaries view forgets the quantity in total_cents, built
     * once: it deploys, but tests/020_place_order.sql fails.
     */
    public static Path failingTest() {
        return FailingTest.FOLDER;
    }

    /** Built on first use: a class is initialised once, and only when a test asks for it. */
    private static final class BrokenSyntax {
        static final Path FOLDER = patchedExample(ORDER_VIEWS,
                "-- Orders, order lines and per-order summaries.\n",
                "-- Orders, order lines and per-order summaries.\n"
                        + "-- Test fixture: the order_lines view below contains a deliberate syntax error (SELEC).\n",
                "CREATE VIEW order_lines AS\nSELECT l.order_id,",
                "CREATE VIEW order_lines AS\nSELEC l.order_id,");

        static {
            // The line is counted, not written down: the deploy must name where SELEC stands.
            List<String> lines = read(FOLDER.resolve(ORDER_VIEWS)).lines().toList();
            int line = lines.indexOf("SELEC l.order_id,") + 1;
            write(FOLDER.resolve("EXPECTED"), ORDER_VIEWS + "\n" + line + "\n");
        }
    }

    private static final class FailingTest {
        static final Path FOLDER = patchedExample(ORDER_VIEWS,
                "CREATE VIEW order_summaries AS\n",
                "-- Test fixture: total_cents deliberately forgets the quantity, so the facade\n"
                        + "-- deploys but tests/020_place_order.sql fails.\n"
                        + "CREATE VIEW order_summaries AS\n",
                "coalesce(sum(l.quantity::bigint * l.unit_price_cents), 0)::bigint AS total_cents,",
                "coalesce(sum(l.unit_price_cents), 0)::bigint AS total_cents,");
    }

    /**
     * A copy of the example facade (without its README, which a release does not carry) with
     * {@code file} patched: each pair of texts is a text that must occur exactly once and its
     * replacement, so a change to the example that moves the patch fails here, not in a test
     * that then passes or fails for another reason. The copy goes when the JVM ends.
     */
    private static Path patchedExample(String file, String... findAndReplace) {
        Path folder = copy(FACADE_1_0_0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
        try {
            Files.deleteIfExists(folder.resolve("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path target = folder.resolve(file);
        String text = read(target);
        for (int i = 0; i < findAndReplace.length; i += 2) {
            String find = findAndReplace[i];
            int at = text.indexOf(find);
            if (at < 0 || text.indexOf(find, at + 1) >= 0) {
                throw new IllegalStateException(FACADE_1_0_0.resolve(file) + " no longer holds exactly one "
                        + find.strip() + ": mend the patch in Fixtures");
            }
            text = text.substring(0, at) + findAndReplace[i + 1] + text.substring(at + find.length());
        }
        write(target, text);
        return folder;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> COPIES.forEach(Fixtures::deleteQuietly),
                "fixture-cleanup"));
    }

    private static void deleteQuietly(Path folder) {
        try {
            if (Files.exists(folder)) {
                deleteTree(folder);
            }
        } catch (RuntimeException e) {
            // at exit, a folder a test removed or still holds open is not worth a failure
        }
    }

    /** Copies a folder tree into a new temporary folder, removed when the JVM exits, and returns the copy. */
    public static Path copy(Path source) {
        try {
            Path target = Files.createTempDirectory("facade-fixture-");
            COPIES.add(target);
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.toList()) {
                    Path to = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a changelog file to a copied core folder and includes it at the end of changelog.xml. */
    public static void addCoreChange(Path core, String fileName, String changelogXml) {
        try {
            Files.writeString(core.resolve("changes").resolve(fileName), changelogXml);
            Path master = core.resolve("changelog.xml");
            String text = Files.readString(master);
            int end = text.lastIndexOf("</databaseChangeLog>");
            Files.writeString(master, text.substring(0, end) + "    <include file=\"changes/" + fileName
                    + "\" relativeToChangelogFile=\"true\"/>\n" + text.substring(end));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A changelog document holding the given changeSet elements. */
    public static String changelog(String changeSets) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                %s
                </databaseChangeLog>
                """.formatted(changeSets);
    }

    public static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Release 1.1.0 with the demo's broken products view: it reads the price through a PL/pgSQL
     * helper that names a column that does not exist. PostgreSQL resolves PL/pgSQL bodies only when they run and
     * no test calls it, so the release deploys (with a warning) and the first read fails with 42703.
     */
    public static Path brokenRelease() {
        Path folder = copy(FACADE_1_1_0);
        try {
            try (Stream<Path> tests = Files.walk(folder.resolve("tests"))) {
                tests.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            Files.writeString(folder.resolve("050_price_helper.sql"), DemoReleases.BROKEN_PRICE_HELPER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /**
     * Release 1.1.0 whose products view fails about a third of its reads with division_by_zero
     * (22012): not a broken facade, but an error-rate regression for the analysis to catch.
     */
    public static Path flakyRelease() {
        Path folder = copy(FACADE_1_1_0);
        try {
            try (Stream<Path> tests = Files.walk(folder.resolve("tests"))) {
                tests.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            Files.writeString(folder.resolve("050_flaky_prices.sql"), """
                    CREATE OR REPLACE VIEW products AS
                    SELECT p.id, p.sku, p.name,
                           p.price_cents / (CASE WHEN random() < 0.3 THEN 0 ELSE 1 END) AS price_cents
                    FROM core.product AS p
                    WHERE p.active AND p.price_cents > 0;
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
