package io.facadeswitch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.support.CommandProcess;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/** The control schema's own migration, killed half way, does not hold every later command hostage. */
class ControlSchemaRecoveryTest {

    private static final int CONTROL_CHANGESETS = 16;

    /**
     * An uncommitted table of the same name as one a changeset creates holds that changeset's
     * CREATE TABLE while Liquibase already has its lock row marked and committed, and every
     * changeset before it committed: the first run is killed there.
     */
    @ParameterizedTest(name = "killed at the CREATE TABLE {0}, {1} changeset(s) committed")
    @CsvSource({"releases, 0", "rollouts, 8"})
    void aFirstRunKilledWhileMigratingTheControlSchemaDoesNotBlockTheNextRun(String table, int committed)
            throws Exception {
        TestDatabase db = TestPostgres.newDatabase();
        db.execute("CREATE SCHEMA facade_switch");
        try (Connection blocker = db.connect(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("CREATE TABLE facade_switch." + table + " (id integer)");
            CommandProcess first = CommandProcess.start(List.of("migrate-core", "--db-url", db.url(), "--db-user", db.user()));
            first.awaitDatabase(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND wait_event_type = 'Lock' AND query LIKE '%CREATE TABLE " + table + " %'",
                    Duration.ofSeconds(60), "the changeset creating " + table);
            first.kill();
            blocker.rollback();
        }
        assertThat(db.value("SELECT locked FROM facade_switch.databasechangeloglock")).as("left by the killed run")
                .isEqualTo("t");
        assertThat(changesetsRun(db)).as("committed before the kill").isEqualTo(committed);

        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger controlLog = (Logger) LoggerFactory.getLogger(ControlSchema.class);
        log.start();
        controlLog.addAppender(log);
        long started = System.nanoTime();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try (SwitchContext context = db.start(Map.of())) {
                    assertThat(context.bean(ControlSchema.class).migrate()).isFalse();
                }
            }, "waited for a Liquibase lock whose holder was killed");
        } finally {
            controlLog.detachAppender(log);
        }
        assertThat(log.list).map(ILoggingEvent::getFormattedMessage).as("the holder is named, as it was")
                .anyMatch(line -> line.startsWith("released the control schema's migration lock left by "))
                .noneMatch(line -> line.contains("left by null at null"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(db.value("SELECT locked FROM facade_switch.databasechangeloglock")).isEqualTo("f");
        assertThat(db.value("SELECT to_regclass('facade_switch." + table + "')")).isNotNull();
        assertThat(changesetsRun(db)).as("every control changeset, each once").isEqualTo(CONTROL_CHANGESETS);
    }

    private static int changesetsRun(TestDatabase db) throws Exception {
        return Integer.parseInt(db.value("SELECT count(*) FROM facade_switch.databasechangelog"));
    }
}
