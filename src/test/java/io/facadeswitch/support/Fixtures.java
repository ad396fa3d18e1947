package io.facadeswitch.support;

import io.facadeswitch.demo.DemoReleases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The example sources and test releases, by path, and copies of them that a test may change. */
public final class Fixtures {

    public static final Path CORE = Path.of("core-schema");
    public static final Path FACADE_1_0_0 = Path.of("facade-schema");
    public static final Path FACADE_1_1_0 = Path.of("src/test/resources/releases/1.1.0");
    public static final Path BROKEN_SYNTAX = Path.of("src/test/resources/releases/broken-syntax");
    public static final Path FAILING_TEST = Path.of("src/test/resources/releases/failing-test");
    public static final Path CORE_CHANGES = Path.of("src/test/resources/core-changes");

    private Fixtures() {
    }

    /** Copies a folder tree into a new temporary folder and returns the copy. */
    public static Path copy(Path source) {
        try {
            Path target = Files.createTempDirectory("facade-fixture-");
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
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
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
                tests.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            Files.writeString(folder.resolve("050_price_helper.sql"), DemoReleases.BROKEN_PRICE_HELPER);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
                tests.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
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
