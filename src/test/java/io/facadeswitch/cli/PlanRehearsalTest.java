package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code plan} rehearses the pending core changesets, guard included, in a transaction it rolls
 * back, and exits 1 when migrate-core would be refused, so a pipeline's gate on plan catches it;
 * the refusal itself is one line, without Liquibase's log or PostgreSQL's CASCADE hint.
 */
class PlanRehearsalTest {

    private static final String DROP_EMAIL = Fixtures.changelog("""
            <changeSet id="960-drop-email" author="test">
                <sql>ALTER TABLE customer DROP COLUMN email</sql>
            </changeSet>""");

    private TestDatabase db;
    private Path core;

    @BeforeEach
    void releaseOnBlue() {
        db = TestPostgres.newDatabase();
        core = Fixtures.copy(Fixtures.CORE);
        assertThat(run("migrate-core", "--core-schema", core.toString()).status()).isZero();
        assertThat(run("deploy", "--release", "1.0.0", "--facade-schema", Fixtures.FACADE_1_0_0.toString()).status())
                .isZero();
    }

    @Test
    void aMigrationTheGuardWouldRefuseFailsThePlanAndChangesNothing() throws Exception {
        Fixtures.addCoreChange(core, "960-drop-email.xml", DROP_EMAIL);

        CliRun plan = plan();
        CliRun migrate = run("migrate-core", "--core-schema", core.toString());

        assertThat(plan.status()).as(plan.out() + plan.err()).isEqualTo(1);
        assertThat(plan.out()).contains("core schema: 1 pending changeset(s), rehearsed in a transaction rolled back:"
                        + " migrate-core would be REFUSED")
                .contains("refused: changeset changes/960-drop-email.xml::960-drop-email::test would break objects of a"
                        + " live colour; nothing was applied: cannot drop column email of table customer")
                .contains("view facade_blue.customers depends on column email")
                .contains("[MIGRATE_BREAKS_LIVE_COLOUR]");
        assertThat(migrate.status()).isEqualTo(1);
        assertThat(migrate.err().lines().toList()).as("one line").singleElement().satisfies(line -> assertThat(line)
                .startsWith("error: refused: changeset changes/960-drop-email.xml::960-drop-email::test")
                .doesNotContain("CASCADE").doesNotContain("hint").endsWith("[MIGRATE_BREAKS_LIVE_COLOUR]"));
        assertThat(db.value("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'customer' AND column_name = 'email'")).isEqualTo("1");
        assertThat(db.value("SELECT count(*) FROM core.databasechangelog WHERE id = '960-drop-email'")).isEqualTo("0");
    }

    @Test
    void aCompatibleMigrationPassesThePlanWhichAppliesNothing() throws Exception {
        Fixtures.addCoreChange(core, "961-add-column.xml", Fixtures.read(Fixtures.CORE_CHANGES.resolve("add-column.xml")));

        CliRun plan = plan();

        assertThat(plan.status()).as(plan.out() + plan.err()).isZero();
        assertThat(plan.out()).contains("1 pending changeset(s), rehearsed in a transaction rolled back: migrate-core"
                + " would apply them");
        assertThat(db.value("SELECT count(*) FROM core.databasechangelog")).isEqualTo(db.value(
                "SELECT count(*) FROM core.databasechangelog WHERE filename NOT LIKE '%961-add-column.xml'"));
        assertThat(run("migrate-core", "--core-schema", core.toString()).status()).isZero();
        assertThat(plan().out()).contains("core schema: up to date");
    }

    private CliRun plan() {
        return run("plan", "--core-schema", core.toString(), "--facade-schema", Fixtures.FACADE_1_0_0.toString());
    }

    private CliRun run(String... args) {
        return CliRun.onDatabase(db, args);
    }
}
