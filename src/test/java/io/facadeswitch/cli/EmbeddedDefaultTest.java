package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.db.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only serve creates the embedded PostgreSQL: another command run without a database (status in
 * the wrong folder) says how to give one, or uses the embedded one a serve left, and says so.
 */
class EmbeddedDefaultTest {

    @TempDir
    Path folder;

    @Test
    void statusWithoutADatabaseSaysHowToGiveOneAndCreatesNoFolder() {
        Path data = folder.resolve("postgres");

        CliRun run = CliRun.of(List.of("status", "--data-dir", data.toString()));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("error: no database given: no embedded PostgreSQL in "
                + data.toAbsolutePath() + " yet; pass --db-url (or FACADE_DB_URL) with --db-user, or run serve first"
                + " to create the embedded one there [CLI_NO_DATABASE]");
        assertThat(run.out()).isEmpty();
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void underJsonTheRefusalIsAnErrorDocumentOnStdout() {
        Path data = folder.resolve("postgres");

        CliRun run = CliRun.of(List.of("promote", "--json", "--data-dir", data.toString()));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).startsWith("{\"error\":{\"code\":\"CLI_NO_DATABASE\",\"message\":\"no database given:")
                .contains("\"hint\":\"pass --db-url (or FACADE_DB_URL) with --db-user, or run serve first to create"
                        + " the embedded one there\"}}");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void aCommandUsesTheEmbeddedFolderThatServeLeftAndSaysSoOnStderr() {
        Path data = folder.resolve("postgres");
        EmbeddedPostgresServer.start(data).close(); // as a serve that has stopped leaves it

        CliRun migrate = CliRun.of(List.of("migrate-core", "--json", "--data-dir", data.toString()));
        CliRun status = CliRun.of(List.of("status", "--data-dir", data.toString()));

        assertThat(migrate.status()).as(migrate.err()).isZero();
        assertThat(migrate.err()).startsWith("using the embedded PostgreSQL in " + data.toAbsolutePath()
                + " (no --db-url given)");
        assertThat(status.status()).as(status.err()).isZero();
        assertThat(status.out()).startsWith("generation ");
    }
}
