package io.facadeswitch.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.facade.DeployOutcome;
import io.facadeswitch.facade.DeployService;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DDL must never queue application traffic behind it: it waits briefly, backs off, retries. */
class LockTimeoutTest extends SwitchTestBase {

    private Path core;

    @Override
    protected Map<String, Object> settings() {
        return Map.of("facade.ddl-lock-timeout", "150ms", "facade.ddl-backoff", "100ms", "facade.ddl-attempts", "4");
    }

    @BeforeEach
    void addChange() {
        core = Fixtures.copy(Fixtures.CORE);
        Fixtures.addCoreChange(core, "901-add-column.xml", Fixtures.read(Fixtures.CORE_CHANGES.resolve("add-column.xml")));
    }

    @Test
    void aMigrationBlockedByALongTransactionRetriesAndSucceedsOnceItEnds() throws Exception {
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("LOCK TABLE core.customer IN ACCESS SHARE MODE");
            }
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                try {
                    holder.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));

            var outcome = migrator().migrate(core, "tester");

            release.join();
            assertThat(outcome.applied()).hasSize(1);
            assertThat(outcome.durationMs()).isGreaterThanOrEqualTo(400);
        }
    }

    @Test
    void aMigrationThatNeverGetsItsLockGivesUpCleanlyWithNothingApplied() throws Exception {
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("LOCK TABLE core.customer IN ACCESS SHARE MODE");
            }

            assertThatThrownBy(() -> migrator().migrate(core, "tester"))
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.code()).isEqualTo("DB_LOCK_TIMEOUT"))
                    .hasMessageContaining("4 attempts")
                    .hasMessageContaining("nothing was applied");
            holder.rollback();
        }
        assertThat(db.value("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_schema = 'core' AND table_name = 'customer' AND column_name = 'phone'")).isEqualTo("0");
    }

    @Test
    void anOperatorWaitingTooLongForAnotherDeployFailsCleanly() throws Exception {
        try (Connection other = db.connect()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + SwitchLock.LOCK_KEY + ")");
            }
            try (var impatient = db.start(Map.of("facade.switch-lock-wait", "300ms"))) {
                assertThatThrownBy(() -> impatient.bean(DeployService.class)
                        .deploy(Fixtures.FACADE_1_0_0, "1.0.0", "tester"))
                        .isInstanceOfSatisfying(DatabaseException.class,
                                e -> assertThat(e.code()).isEqualTo("DB_LOCK_TIMEOUT"))
                        .hasMessageContaining("another deploy, migration or flip");
            }
            other.rollback();
        }
        assertThat(db.value("SELECT count(*) FROM facade_switch.releases")).isEqualTo("0");
    }

    @Test
    void aSessionStillReadingTheStandbyColourDoesNotHoldUpTheDeployAndTheOldObjectsGoLater() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        Path next = Fixtures.copy(Fixtures.FACADE_1_1_0);
        Fixtures.append(next.resolve("010_reference_views.sql"), "\n-- 1.2.0\n");
        Path after = Fixtures.copy(Fixtures.FACADE_1_1_0);
        Fixtures.append(after.resolve("010_reference_views.sql"), "\n-- 1.3.0\n");
        try (Connection reader = db.connect()) {
            reader.setAutoCommit(false);
            try (Statement statement = reader.createStatement()) {
                statement.executeQuery("SELECT * FROM facade_green.products").close();
            }

            // The old colour is only renamed inside the deploy: no lock on its objects is needed.
            var outcome = (DeployOutcome.Deployed) deploy(next, "1.2.0");

            assertThat(outcome.colour()).isEqualTo("green");
            assertThat(db.column("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'facade\\_green\\_retired\\_%'"))
                    .as("still locked by the reader, so not dropped yet").hasSize(1);
            reader.commit();
        }

        deploy(after, "1.3.0");

        assertThat(db.column("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'facade\\_%\\_retired\\_%'"))
                .isEmpty();
    }

    @Test
    void aFacadeStatementBlockedByACoreLockRetriesTheDeployInsteadOfFailingIt() throws Exception {
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                // Only the facade's CREATE VIEW ... FROM core.product needs this table.
                statement.execute("LOCK TABLE core.product IN ACCESS EXCLUSIVE MODE");
            }
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                try {
                    holder.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, CompletableFuture.delayedExecutor(400, TimeUnit.MILLISECONDS));

            var outcome = (DeployOutcome.Deployed) deploy(Fixtures.FACADE_1_0_0, "1.0.0");

            release.join();
            assertThat(outcome.colour()).isEqualTo("blue");
            assertThat(outcome.durationMs()).isGreaterThanOrEqualTo(300);
        }
    }
}
