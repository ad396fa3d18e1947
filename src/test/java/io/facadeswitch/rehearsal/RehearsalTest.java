package io.facadeswitch.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import io.facadeswitch.support.ToolsOnPath;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rehearsals of a release on a copy of a PostgreSQL 15 database (the machine's pg_dump is a 15,
 * and reads no newer server), made on a database of the same server, then dropped.
 */
class RehearsalTest extends SwitchTestBase {

    private static final String ADD_INDEX = """
            <changeSet id="950-customer-name-index" author="dba">
                <createIndex tableName="customer" indexName="customer_full_name_idx">
                    <column name="full_name"/>
                </createIndex>
            </changeSet>
            """;

    private Path core;

    @Override
    protected TestDatabase newDatabase() {
        return TestPostgres.newDatabaseOnPostgres15();
    }

    @Override
    protected Map<String, Object> settings() {
        TestDatabase admin = TestPostgres.adminOfPostgres15();
        return Map.of("facade.rehearsal.db-url", admin.url(), "facade.rehearsal.db-user", admin.user(),
                "facade.rehearsal.pg-dump", ToolsOnPath.find("pg_dump").toString());
    }

    @BeforeEach
    void deployTheFirstRelease() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        core = Fixtures.copy(Fixtures.CORE);
    }

    @Test
    void aPassingRehearsalTimesEachStepListsTheLocksAndLeavesThisDatabaseAsItWas() throws Exception {
        Fixtures.addCoreChange(core, "950-index.xml", Fixtures.changelog(ADD_INDEX));
        String changelogBefore = db.value("SELECT count(*) FROM core.databasechangelog");

        RehearsalReport report = rehearsals().rehearse(request(core, Fixtures.FACADE_1_1_0, "1.1.0"));

        assertThat(report.failure()).isNull();
        assertThat(report.passed()).isTrue();
        assertThat(report.steps()).extracting(RehearsalReport.StepTime::step)
                .contains("server", "copy", "fingerprint", "migrate-core", "deploy", "drop");
        assertThat(report.steps()).allMatch(s -> s.outcome().equals("passed"));
        assertThat(report.changesets()).singleElement().satisfies(changeset -> {
            assertThat(changeset.changeset()).contains("950-customer-name-index");
            assertThat(changeset.locks()).extracting(RehearsalReport.Lock::relation, RehearsalReport.Lock::mode)
                    .contains(tuple("core.customer", "ShareLock"));
        });
        assertThat(report.deploy().release()).isEqualTo("1.1.0");
        assertThat(report.deploy().colour()).isEqualTo("green");
        assertThat(report.fingerprint().after()).isEqualTo(report.fingerprint().before());
        assertThat(report.fingerprint().copy()).isEqualTo(report.fingerprint().before());
        assertThat(db.value("SELECT count(*) FROM core.databasechangelog")).isEqualTo(changelogBefore);
        assertThat(db.value("SELECT count(*) FROM pg_indexes WHERE indexname = 'customer_full_name_idx'")).isEqualTo("0");
        assertThat(db.value("SELECT count(*) FROM facade_switch.releases WHERE name = '1.1.0'")).isEqualTo("0");
        assertThat(copiesOnTheServer()).isEmpty();
        assertThat(db.value("SELECT passed::text || ' ' || release_name FROM facade_switch.rehearsals WHERE id = "
                + report.id())).isEqualTo("true 1.1.0");
    }

    @Test
    void definitionsThatPgDumpReprintsStillMatchTheCopy() throws Exception {
        db.execute("CREATE TABLE public.ticket (id int PRIMARY KEY, state varchar(20) CHECK (state IN ('NEW', 'DONE')))",
                "CREATE VIEW public.open_tickets AS SELECT id FROM public.ticket WHERE state IN ('NEW', 'OPEN')",
                "CREATE INDEX ticket_open ON public.ticket (id) WHERE state IN ('NEW', 'OPEN')");

        RehearsalReport report = rehearsals().rehearse(request(core, Fixtures.FACADE_1_1_0, "1.1.0"));

        assertThat(report.failure()).isNull();
        assertThat(report.fingerprint().copy()).isEqualTo(report.fingerprint().before());
    }

    @Test
    void aHotFixedIndexThatTheChangesetCreatesAgainFailsTheRehearsalNamingTheChangeset() throws Exception {
        db.execute("CREATE INDEX customer_full_name_idx ON core.customer (full_name)");
        Fixtures.addCoreChange(core, "950-index.xml", Fixtures.changelog(ADD_INDEX));

        RehearsalReport report = rehearsals().rehearse(request(core, Fixtures.FACADE_1_1_0, "1.1.0"));

        assertThat(report.passed()).isFalse();
        assertThat(report.failure().step()).isEqualTo("migrate-core");
        assertThat(report.failure().message()).contains("950-customer-name-index").contains("already exists");
        assertThat(report.steps()).extracting(RehearsalReport.StepTime::step, RehearsalReport.StepTime::outcome)
                .contains(tuple("migrate-core", "failed"),
                        tuple("deploy", "skipped"));
        assertThat(report.fingerprint().after()).isEqualTo(report.fingerprint().before());
        assertThat(copiesOnTheServer()).isEmpty();
        assertThat(db.value("SELECT passed::text FROM facade_switch.rehearsals WHERE id = " + report.id()))
                .isEqualTo("false");
    }

    @Test
    void withDataTheCopyGetsEveryTablesRowsAndWithoutOnlyTheRecordsAndReferenceTables() throws Exception {
        db.execute("INSERT INTO core.customer (email, full_name) SELECT 'c' || i || '@example.com', 'C ' || i"
                + " FROM generate_series(1, 250) AS i");

        RehearsalReport lean = rehearsals().rehearse(request(core, Fixtures.FACADE_1_1_0, "1.1.0"));
        RehearsalReport full = rehearsals().rehearse(new RehearsalRequest(core, Fixtures.FACADE_1_1_0, "1.1.0", null, true,
                false, "tester"));

        assertThat(lean.copiedTables()).extracting(RehearsalReport.CopiedTable::table)
                .contains("core.order_status", "core.databasechangelog", "facade_switch.releases")
                .doesNotContain("core.customer", "facade_switch.audit_log");
        assertThat(full.passed()).as(String.valueOf(full.failure())).isTrue();
        assertThat(full.copiedTables()).filteredOn(t -> t.table().equals("core.customer")).singleElement()
                .satisfies(t -> assertThat(t.rows()).isEqualTo(250));
    }

    private Rehearsals rehearsals() {
        return context.bean(Rehearsals.class);
    }

    private static RehearsalRequest request(Path coreFolder, Path facade, String release) {
        return new RehearsalRequest(coreFolder, facade, release, null, false, false, "tester");
    }

    private static List<String> copiesOnTheServer() throws SQLException {
        TestDatabase admin = TestPostgres.adminOfPostgres15();
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'facade_rehearsal_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
