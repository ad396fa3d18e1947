package io.facadeswitch.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.CommandProcess;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A command killed with -9 in the middle of a long statement lets go of the switch lock within seconds. */
class KilledCommandTest {

    @Test
    void theServerNoticesAKilledCommandAndReleasesTheSwitchLock() throws Exception {
        TestDatabase db = TestPostgres.newDatabase();
        Path core = Fixtures.copy(Fixtures.CORE);
        Fixtures.addCoreChange(core, "990-slow.xml", Fixtures.changelog("""
                <changeSet id="990-slow" author="tester">
                    <sql>SELECT pg_sleep(25)</sql>
                    <sql>CREATE TABLE core.after_the_sleep (id integer)</sql>
                </changeSet>
                """));
        CommandProcess migration = CommandProcess.start(List.of("migrate-core", "--db-url", db.url(),
                "--db-user", db.user(), "--core-schema", core.toAbsolutePath().toString()));
        migration.awaitDatabase(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state = 'active' AND query LIKE '%pg_sleep(25)%' AND pid <> pg_backend_pid()",
                Duration.ofSeconds(90), "its slow changeset");
        assertThat(lockIsFree(db)).as("held by the running migration").isFalse();

        migration.kill();
        long killed = System.nanoTime();
        while (!lockIsFree(db) && System.nanoTime() - killed < Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(50);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - killed)).as("switch lock released after the kill")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(db.value("SELECT to_regclass('core.after_the_sleep')")).isNull();
    }

    /** Tries the lock as a session lock, which the end of db.value's own session releases again. */
    private static boolean lockIsFree(TestDatabase db) throws Exception {
        return "t".equals(db.value("SELECT pg_try_advisory_lock(" + SwitchLock.LOCK_KEY + ")"));
    }
}
