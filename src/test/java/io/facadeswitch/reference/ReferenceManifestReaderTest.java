package io.facadeswitch.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest beside a reference CSV: its keys, its defaults, and refusals naming its line. */
class ReferenceManifestReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private ReferenceManifest read(String yaml) {
        return ReferenceManifestReader.read(write("order_status.yaml", yaml)).manifest();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(String yaml) {
        return assertThatThrownBy(() -> read(yaml)).isInstanceOf(ReferenceDataException.class)
                .satisfies(e -> assertThat(((ReferenceDataException) e).reason()).isEqualTo(ReferenceErrorCode.REFERENCE_FILE_INVALID));
    }

    @Test
    void anEmptyFileMeansEveryDefault() {
        assertThat(read("")).isEqualTo(ReferenceManifest.DEFAULTS);
        assertThat(read("# nothing to say\n")).isEqualTo(ReferenceManifest.DEFAULTS);
    }

    @Test
    void everyKeyIsRead() {
        write("order_status.test.csv", "code,label\n");

        ReferenceManifest manifest = read("""
                key: [code, region]
                mode: upsert
                database-columns: [id, created_at]
                null: ""
                overlays:
                  test: order_status.test.csv
                """);

        assertThat(manifest.key()).containsExactly("code", "region");
        assertThat(manifest.mode()).isEqualTo(SyncMode.UPSERT);
        assertThat(manifest.databaseColumns()).containsExactly("id", "created_at");
        assertThat(manifest.nullMarker()).isEmpty();
        assertThat(manifest.overlays()).isEqualTo(Map.of("test", dir.resolve("order_status.test.csv").toAbsolutePath().normalize()));
    }

    @Test
    void aKeyOfOneColumnMayBeWrittenAsText() {
        assertThat(read("key: code\n").key()).containsExactly("code");
    }

    @Test
    void keysNotGivenKeepTheirDefaults() {
        ReferenceManifest manifest = read("mode: insert\n");

        assertThat(manifest.mode()).isEqualTo(SyncMode.INSERT);
        assertThat(manifest.key()).isEmpty();
        assertThat(manifest.nullMarker()).isEqualTo("\\N");
        assertThat(manifest.overlays()).isEmpty();
    }

    @Test
    void theLineOfEachNamedColumnIsKept() {
        ReferenceManifestReader.Read read = ReferenceManifestReader.read(write("order_status.yaml", """
                key:
                  - code
                  - region
                database-columns: [id]
                """));

        assertThat(read.keyLines()).isEqualTo(Map.of("code", 2, "region", 3));
        assertThat(read.databaseColumnLines()).isEqualTo(Map.of("id", 4));
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLineAndTheNearestKey() {
        refused("key: code\nmdoe: sync\n").hasMessage("order_status.yaml line 2: unknown key 'mdoe' in order_status.yaml (did you"
                + " mean mode?); the keys are: key, mode, database-columns, null, overlays");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        refused("mode: sync\nmode: upsert\n").hasMessageStartingWith("order_status.yaml line 2: 'mode' appears twice");
    }

    @Test
    void anUnknownModeIsRefusedListingTheModes() {
        refused("\nmode: upsrt\n").hasMessage("order_status.yaml line 2: unknown mode 'upsrt' (did you mean upsert?); the modes"
                + " are: sync, upsert, insert");
    }

    @Test
    void aColumnNamedTwiceInTheKeyIsRefused() {
        refused("key: [code, code]\n").hasMessageStartingWith("order_status.yaml line 1: 'key' names the column code twice");
    }

    @Test
    void aNullMarkerThatCouldNeverMatchIsRefused() {
        refused("null: \"a,b\"\n").hasMessageStartingWith("order_status.yaml line 1: the null marker 'a,b' holds a comma");
    }

    @Test
    void aFileThatIsNotAMappingIsRefused() {
        refused("- code\n").hasMessageStartingWith("order_status.yaml line 1: order_status.yaml must be a mapping of keys");
    }

    @Test
    void brokenYamlIsRefusedWithItsLine() {
        refused("key: [code\nmode: sync\n").hasMessageContaining("order_status.yaml line ").hasMessageContaining("not valid YAML");
    }

    @Test
    void anOverlayOutsideTheFolderIsRefused() {
        write("order_status.test.csv", "code\n");

        refused("overlays:\n  test: ../order_status.test.csv\n").hasMessageStartingWith("order_status.yaml line 2: the overlay of"
                + " 'test' ('../order_status.test.csv') must be a file name relative to the reference-data folder");
        refused("overlays:\n  test: sub/../../x.csv\n").hasMessageContaining("without ..");
        refused("overlays:\n  test: " + dir.resolve("order_status.test.csv").toAbsolutePath() + "\n")
                .hasMessageContaining("must be a file name relative to the reference-data folder");
    }

    @Test
    void anOverlayThatIsNotACsvIsRefused() {
        write("order_status.test.txt", "code\n");

        refused("overlays:\n  test: order_status.test.txt\n").hasMessageStartingWith("order_status.yaml line 2: the overlay of"
                + " 'test' ('order_status.test.txt') must name a .csv file beside order_status.yaml, e.g. test:"
                + " order_status.test.csv");
    }

    @Test
    void anOverlayThatDoesNotExistIsRefused() {
        refused("overlays:\n  test: order_status.test.csv\n").hasMessageStartingWith("order_status.yaml line 2: the overlay of"
                + " 'test' ('order_status.test.csv') is not a file in the reference-data folder");
    }

    @Test
    void anOverlayForAnEnvironmentNameThatCannotBeOneIsRefused() {
        write("order_status.test.csv", "code\n");

        refused("overlays:\n  Test: order_status.test.csv\n").hasMessageStartingWith("order_status.yaml line 2: 'Test' is not an"
                + " environment name");
    }

    @Test
    void overlaysMustBeAMapping() {
        refused("overlays: [order_status.test.csv]\n").hasMessageStartingWith("order_status.yaml line 1: 'overlays' must map each"
                + " environment's name to its CSV");
    }

    @Test
    void aListOfColumnsMustHoldOnlyNames() {
        refused("database-columns: [[id]]\n").hasMessageContaining("must be text");
        assertThat(read("database-columns: []\n").databaseColumns()).isEqualTo(List.of());
    }
}
