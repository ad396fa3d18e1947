package io.facadeswitch.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.CommandProcess;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import io.facadeswitch.support.ToolsOnPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The copy goes however the rehearsal ends: dropped by the shutdown hook on SIGTERM (Ctrl-C, a
 * CI's cancel), and after a kill -9, which no hook survives, by the next rehearsal, which finds
 * the copy by its mark and sees that its maker's process is gone.
 */
class RehearsalCleanupTest extends SwitchTestBase {

    private static final String COPIES = "SELECT count(*) FROM pg_database WHERE datname LIKE 'facade_rehearsal_%'";
    private static final String COPY_SLEEPING = "SELECT count(*) FROM pg_stat_activity WHERE datname LIKE 'facade_rehearsal_%'"
            + " AND wait_event = 'PgSleep'";

    private TestDatabase admin;
    private Path slowRelease;

    @Override
    protected TestDatabase newDatabase() {
        return TestPostgres.newDatabaseOnPostgres15();
    }

    @Override
    protected Map<String, Object> settings() {
        return Map.of("facade.rehearsal.db-url", TestPostgres.adminOfPostgres15().url(),
                "facade.rehearsal.db-user", TestPostgres.adminOfPostgres15().user(),
                "facade.rehearsal.pg-dump", ToolsOnPath.find("pg_dump").toString());
    }

    @BeforeEach
    void aReleaseWhoseTestTakesAMinute() throws Exception {
        admin = TestPostgres.adminOfPostgres15();
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        slowRelease = Fixtures.copy(Fixtures.FACADE_1_1_0);
        Files.writeString(slowRelease.resolve("tests").resolve("990_slow.sql"), "SELECT pg_sleep(60);\n");
    }

    @Test
    void aKilledRehearsalsCopyIsDroppedByTheNextRehearsal() throws Exception {
        CommandProcess rehearsal = startRehearsal();
        rehearsal.awaitDatabase(admin, COPY_SLEEPING, Duration.ofSeconds(90), "the release's tests on the copy");
        rehearsal.kill();
        assertThat(admin.value(COPIES)).as("kill -9 leaves the copy").isEqualTo("1");

        RehearsalReport next = context.bean(Rehearsals.class).rehearse(new RehearsalRequest(Fixtures.CORE,
                Fixtures.FACADE_1_1_0, "1.1.0", null, false, false, "tester"));

        assertThat(next.passed()).as(String.valueOf(next.failure())).isTrue();
        assertThat(admin.value(COPIES)).as("the leftover and the new copy are gone").isEqualTo("0");
        assertThat(admin.value("SELECT count(*) FROM pg_shdescription WHERE description LIKE 'facade-switch rehearsal%'"))
                .as("no mark of either is left").isEqualTo("0");
    }

    @Test
    void aTerminatedRehearsalDropsItsCopyOnTheWayOut() throws Exception {
        CommandProcess rehearsal = startRehearsal();
        rehearsal.awaitDatabase(admin, COPY_SLEEPING, Duration.ofSeconds(90), "the release's tests on the copy");

        rehearsal.terminate();
        rehearsal.awaitExit(Duration.ofSeconds(60));

        assertThat(admin.value(COPIES)).as(rehearsal.output()).isEqualTo("0");
        assertThat(db.value("SELECT count(*) FROM facade_switch.releases WHERE name = '1.2.0'")).isEqualTo("0");
    }

    private CommandProcess startRehearsal() {
        return CommandProcess.start(List.of("rehearse", "--db-url", db.url(), "--db-user", db.user(), "--release", "1.2.0",
                        "--core-schema", Fixtures.CORE.toString(), "--facade-schema", slowRelease.toString()),
                Map.of("FACADE_REHEARSAL_DB_URL", admin.url(), "FACADE_REHEARSAL_DB_USER", admin.user(),
                        "FACADE_REHEARSAL_PG_DUMP", ToolsOnPath.find("pg_dump").toString(),
                        "FACADE_OWNER_ROLE", db.name() + "_owner", "FACADE_APP_ROLES", appRole));
    }
}
