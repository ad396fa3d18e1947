package io.facadeswitch.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.support.CommandProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The embedded default where a newcomer meets it: which machines it runs on, and a folder in use. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"Linux, amd64", "Linux, aarch64", "Mac OS X, x86_64", "Mac OS X, aarch64"})
    void theJarCarriesBinariesForLinuxAndMacOnBothProcessors(String os, String arch) {
        String resource = EmbeddedPlatform.resourceFor(os, arch);

        assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
    }

    @Test
    void windowsIsNamedAsUnsupportedRatherThanLookedUpUnderSomeOtherName() {
        String resource = EmbeddedPlatform.resourceFor("Windows 11", "amd64");

        assertThat(resource).isEqualTo("postgres-windows-x86_64.txz");
        assertThat(getClass().getClassLoader().getResource(resource)).isNull();
    }

    @Test
    void aFolderHeldByAnotherProcessSaysHowToReachItsServerAndNeverToDeleteIt() throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(data)) {
            CommandProcess status = CommandProcess.start(List.of("status", "--data-dir", data.toString()));

            assertThat(status.awaitExit(Duration.ofMinutes(2))).isEqualTo(1);
            assertThat(status.output()).contains("error: the embedded PostgreSQL in " + data.toAbsolutePath()
                            + " is in use by another facade-switch process (a running serve or demo): give this command"
                            + " --db-url jdbc:postgresql://localhost:" + running.port() + "/postgres --db-user postgres")
                    .contains("[DB_EMBEDDED_IN_USE]")
                    .doesNotContain("delete").doesNotContain("Exception");
        }
    }

    @Test
    void aFolderHeldInThisProcessIsRefusedTheSameWay() {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(data)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("is in use by another facade-switch process")
                    .hasMessageContaining("localhost:" + running.port());
        }
    }
}
