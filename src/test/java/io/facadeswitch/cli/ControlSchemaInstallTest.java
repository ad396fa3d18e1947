package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only the commands that change a database on purpose install the control schema: a read-only or
 * refused command given a database without one (a typo in its name, say) creates nothing there.
 */
class ControlSchemaInstallTest {

    private TestDatabase db;

    @BeforeEach
    void emptyDatabase() {
        db = TestPostgres.newDatabase();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "promote", "rollback", "rollout status", "route explain app-1"})
    void aCommandThatDoesNotInstallItRefusesAndCreatesNothing(String command) throws Exception {
        CliRun run = run(command.split(" "));

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("error: database " + db.name() + " has no facade_switch schema: nothing was"
                        + " ever migrated or deployed there. Check --db-url (a typo in the database name?), or install"
                        + " it there with migrate-core or deploy; nothing was created [DB_CONTROL_SCHEMA_MISSING]")
                .doesNotContain("Exception");
        assertThat(db.value("SELECT count(*) FROM pg_namespace WHERE nspname = 'facade_switch'")).isEqualTo("0");
    }

    @Test
    void migrateCoreInstallsItAndSaysSoOnce() throws Exception {
        CliRun first = run("migrate-core");
        CliRun second = run("migrate-core");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("Installed the control schema facade_switch in this database");
        assertThat(second.status()).isZero();
        assertThat(second.err()).doesNotContain("Installed the control schema");
        assertThat(run("status").status()).isZero();
    }

    private CliRun run(String... args) {
        return CliRun.onDatabase(db, args);
    }
}
