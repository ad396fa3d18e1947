package io.facadeswitch.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import io.facadeswitch.support.ToolsOnPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without {@code facade.rehearsal.db-url}, each rehearsal starts an embedded PostgreSQL of its
 * own: of the environment's major version when binaries of it are given, else the jar's own
 * (18 here), which a PostgreSQL 15 environment refuses unless a mismatch is allowed.
 */
class EmbeddedRehearsalServerTest extends SwitchTestBase {

    private static final Path POSTGRES_15 = Path.of("target/postgres-15/postgres-15-linux-amd64.jar");

    @Override
    protected TestDatabase newDatabase() {
        return TestPostgres.newDatabaseOnPostgres15();
    }

    @Override
    protected Map<String, Object> settings() {
        return Map.of("facade.rehearsal.pg-dump", ToolsOnPath.find("pg_dump").toString());
    }

    @BeforeEach
    void deployTheFirstRelease() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
    }

    @Test
    void anEmbeddedServerOfTheEnvironmentsMajorVersionRehearsesAndIsRemovedAfterwards() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(POSTGRES_15), "the build copies PostgreSQL 15 binaries to " + POSTGRES_15);
        try (SwitchContext withBinaries = db.start(Map.of("facade.app-roles", List.of(appRole),
                "facade.owner-role", db.name() + "_owner", "facade.rehearsal.pg-dump", ToolsOnPath.find("pg_dump").toString(),
                "facade.rehearsal.embedded-binaries", POSTGRES_15.toString()))) {
            RehearsalReport report = withBinaries.bean(Rehearsals.class).rehearse(request(false));

            assertThat(report.passed()).as(String.valueOf(report.failure())).isTrue();
            assertThat(report.server().kind()).isEqualTo("embedded");
            assertThat(report.server().version()).startsWith("15.");
            assertThat(report.server().versionMismatch()).isFalse();
            assertThat(report.deploy().colour()).isEqualTo("green");
        }
        assertThat(foldersOfThisProcess()).as("the embedded server's folder is deleted").isEmpty();
    }

    @Test
    void anEmbeddedServerOfAnotherMajorVersionIsRefusedUnlessAllowed() throws Exception {
        Rehearsals rehearsals = context.bean(Rehearsals.class);

        assertThatThrownBy(() -> rehearsals.rehearse(request(false))).isInstanceOf(RehearsalException.class)
                .hasMessageContaining("PostgreSQL 18").hasMessageContaining("this database 15")
                .hasMessageContaining("facade.rehearsal.embedded-binaries").hasMessageContaining("--allow-version-mismatch")
                .extracting(e -> ((RehearsalException) e).code()).isEqualTo("REHEARSAL_VERSION_MISMATCH");
        assertThat(foldersOfThisProcess()).isEmpty();

        RehearsalReport allowed = rehearsals.rehearse(request(true));

        assertThat(allowed.passed()).as(String.valueOf(allowed.failure())).isTrue();
        assertThat(allowed.server().versionMismatch()).isTrue();
        assertThat(allowed.server().version()).startsWith("18.");
        assertThat(foldersOfThisProcess()).isEmpty();
    }

    private static RehearsalRequest request(boolean allowMismatch) {
        return new RehearsalRequest(Fixtures.CORE, Fixtures.FACADE_1_1_0, "1.1.0", null, false, allowMismatch, "tester");
    }

    private static List<Path> foldersOfThisProcess() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return folders.filter(f -> f.getFileName().toString().startsWith(EmbeddedServer.FOLDER_PREFIX
                    + ProcessHandle.current().pid() + "-")).toList();
        }
    }
}
