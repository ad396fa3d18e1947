package io.facadeswitch.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.control.AuditEntry;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.core.MigrationException;
import io.facadeswitch.core.MigrationOutcome;
import io.facadeswitch.facade.DeployException;
import io.facadeswitch.routing.RoutingException;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import io.facadeswitch.support.ToolsOnPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hot fixes made the way a DBA makes them, through psql as a role of their own, against the
 * record: each is reported with its layer, object, author and statement, guards the switch, and
 * is either written back into source (adopt) or discarded, audited.
 */
class DriftTest extends SwitchTestBase {

    private String dba;
    private Path core;
    private Path facade;

    @BeforeEach
    void twoReleases() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0"); // blue, active
        deploy(Fixtures.FACADE_1_1_0, "1.1.0"); // green, deployed
        dba = db.name() + "_dba";
        db.execute("DROP ROLE IF EXISTS " + dba, "CREATE ROLE " + dba + " LOGIN SUPERUSER PASSWORD 'secret'");
        core = Fixtures.copy(Fixtures.CORE);
        facade = Fixtures.copy(Fixtures.FACADE_1_0_0);
    }

    private DriftService drift() {
        return context.bean(DriftService.class);
    }

    @Test
    void nothingDriftsAfterTheToolsOwnWork() {
        DriftReport report = drift().report();

        assertThat(report.drifted()).isFalse();
        assertThat(report.differences()).isEmpty();
        assertThat(report.capture()).isEqualTo("on");
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void theToolsOwnMigrationFlipsAndReferenceSyncLeaveNoDrift() throws Exception {
        Fixtures.addCoreChange(core, "900-product-note.xml", Fixtures.changelog("""
                <changeSet id="900-product-note" author="test">
                    <addColumn tableName="product"><column name="note" type="text"/></addColumn>
                    <createIndex tableName="product" indexName="product_note"><column name="note"/></createIndex>
                    <sql>GRANT SELECT ON product TO PUBLIC</sql>
                </changeSet>"""));
        Path statuses = core.resolve("reference-data/order_status.csv");
        Files.writeString(statuses, Files.readString(statuses).replace("Payment received", "Payment captured"));

        MigrationOutcome outcome = migrator().migrate(core, "tester");
        routing().promote("tester", null, null);
        routing().rollback("tester", null, null);

        assertThat(outcome.applied()).hasSize(1);
        assertThat(db.value("SELECT count(*) FROM core.order_status WHERE description = 'Payment captured'"))
                .isEqualTo("1");
        DriftReport report = drift().report();
        assertThat(report.differences()).isEmpty();
        assertThat(report.drifted()).isFalse();
    }

    @Test
    void anIndexAddedToACoreTableIsReportedWithItsAuthorAndBlocksAMigrationOfThatTable() throws Exception {
        asDba("CREATE INDEX customer_email_lower ON core.customer (lower(email))");

        DriftItem item = only(drift().report(), "core");
        assertThat(item.scope()).isEqualTo("core");
        assertThat(item.objectKind()).isEqualTo("index");
        assertThat(item.identity()).isEqualTo("customer_email_lower");
        assertThat(item.change()).isEqualTo("added");
        assertThat(item.current()).isEqualTo("CREATE INDEX customer_email_lower ON core.customer USING btree (lower(email))");
        assertThat(item.capture().sessionUser()).isEqualTo(dba);
        assertThat(item.capture().applicationName()).isEqualTo("psql");
        assertThat(item.capture().statement()).isEqualTo("CREATE INDEX customer_email_lower ON core.customer (lower(email))");

        Fixtures.addCoreChange(core, "900-customer-nickname.xml", Fixtures.changelog("""
                <changeSet id="900-customer-nickname" author="test">
                    <addColumn tableName="customer"><column name="nickname" type="text"/></addColumn>
                </changeSet>"""));
        assertThatThrownBy(() -> migrator().migrate(core, "tester")).isInstanceOf(MigrationException.class)
                .hasMessageContaining("change customer")
                .hasMessageContaining("index customer_email_lower added")
                .hasMessageContaining("drift adopt");
        assertThat(db.value("SELECT count(*) FROM information_schema.columns WHERE column_name = 'nickname'"))
                .isEqualTo("0");

        Path elsewhere = Fixtures.copy(Fixtures.CORE);
        Fixtures.addCoreChange(elsewhere, "900-product-note.xml", Fixtures.changelog("""
                <changeSet id="900-product-note" author="test">
                    <addColumn tableName="product"><column name="note" type="text"/></addColumn>
                </changeSet>"""));
        MigrationOutcome other = migrator().migrate(elsewhere, "tester");
        assertThat(other.applied()).hasSize(1);
        assertThat(other.coreDrift()).containsExactly("index customer_email_lower added");
        // The migration's own change is recorded; the hot fix is still drift.
        assertThat(drift().report().differences()).extracting(DriftItem::key).containsExactly("index customer_email_lower");
    }

    @Test
    void adoptingCoreDriftWritesAChangesetThatIsAppliedHereAlready() throws Exception {
        asDba("CREATE INDEX customer_email_lower ON core.customer (lower(email))",
                "CREATE SEQUENCE core.invoice_no START 1000",
                "CREATE TABLE core.invoice (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                        + " no bigint NOT NULL DEFAULT nextval('core.invoice_no'),"
                        + " customer_id bigint REFERENCES core.customer (id))",
                "CREATE FUNCTION core.stamp_invoice() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$",
                "CREATE TRIGGER invoice_stamp BEFORE INSERT ON core.invoice FOR EACH ROW"
                        + " EXECUTE FUNCTION core.stamp_invoice()");
        assertThat(drift().report().differences()).filteredOn(d -> d.key().equals("function stamp_invoice()"))
                .singleElement().satisfies(d -> assertThat(d.capture().statement()).startsWith("CREATE FUNCTION"));

        DriftService.WrittenBack written = drift().writeBack(core, facade, null, true, "dba-lead");

        assertThat(written.changeset()).matches("changes/007-drift-\\d{8}-\\d{6}\\.sql");
        String changeset = Files.readString(core.resolve(written.changeset()));
        assertThat(changeset).contains("--changeset facade-switch-drift:")
                .contains("CREATE INDEX customer_email_lower ON customer USING btree (lower(email));")
                .contains("by " + dba);
        assertThat(Files.readString(core.resolve("changelog.xml"))).contains(written.changeset());
        // The record moved forward and the changeset counts as applied here: nothing left to do.
        assertThat(drift().report().drifted()).isFalse();
        assertThat(migrator().pending(core)).isEmpty();
        MigrationOutcome outcome = migrator().migrate(core, "tester");
        assertThat(outcome.applied()).isEmpty();
        assertThat(outcome.coreDrift()).isEmpty();
        // Another environment gets the index from source.
        TestDatabase other = TestPostgres.newDatabase();
        try (SwitchContext elsewhere = other.start(Map.of("facade.owner-role", other.name() + "_owner"))) {
            assertThat(elsewhere.bean(CoreMigrator.class).migrate(core, "tester").applied())
                    .anySatisfy(applied -> assertThat(applied.toString()).contains("drift"));
        }
        assertThat(other.value("SELECT pg_get_indexdef('core.customer_email_lower'::regclass)"))
                .isEqualTo("CREATE INDEX customer_email_lower ON core.customer USING btree (lower(email))");
        assertThat(other.value("SELECT string_agg(tgname, ',') FROM pg_trigger WHERE tgrelid = 'core.invoice'::regclass"
                + " AND NOT tgisinternal")).isEqualTo("invoice_stamp");
        assertThat(other.value("SELECT nextval('core.invoice_no')")).isEqualTo("1000");
        assertThat(audit().newest(5)).extracting(AuditEntry::action).contains("drift adopt");
    }

    @Test
    void aViewReplacedInTheLiveColourKeepsItInServiceUntilAdopted() throws Exception {
        asDba("CREATE OR REPLACE VIEW facade_blue.order_statuses AS SELECT s.code, s.description, s.is_final"
                + " FROM core.order_status AS s OFFSET 0");

        DriftItem item = only(drift().report(), "colour");
        assertThat(item.scope()).isEqualTo("blue");
        assertThat(item.key()).isEqualTo("view order_statuses");
        assertThat(item.change()).isEqualTo("changed");
        assertThat(item.capture().sessionUser()).isEqualTo(dba);
        assertThat(item.capture().statement()).contains("OFFSET 0");

        assertThatThrownBy(() -> routing().promote("tester", null, null)).isInstanceOf(RoutingException.class)
                .hasMessageContaining("blue, which clients would leave")
                .hasMessageContaining("view order_statuses changed by " + dba);
        assertThat(routing().snapshot().active()).isEqualTo("blue");

        DriftService.WrittenBack written = drift().writeBack(core, facade, null, true, "dba-lead");
        String views = Files.readString(facade.resolve("010_reference_views.sql"));
        assertThat(views).contains("CREATE OR REPLACE VIEW order_statuses AS").contains("OFFSET 0")
                .doesNotContain("facade_blue").contains("CREATE VIEW customers AS");
        assertThat(written.writtenBack()).extracting(DriftItem::key).containsExactly("view order_statuses");
        assertThat(drift().report().drifted()).isFalse();

        routing().promote("tester", null, null);
        deploy(facade, "1.2.0"); // into blue, the rebuild brings the fix from source
        assertThat(drift().report().differences()).isEmpty();
        assertThat(db.value("SELECT pg_get_viewdef('facade_blue.order_statuses'::regclass)")).contains("OFFSET 0");
    }

    @Test
    void aFunctionAlteredInTheStandbyColourBlocksPromoteAndDeployUntilDiscarded() throws Exception {
        asDba("CREATE OR REPLACE FUNCTION facade_green.order_total_cents(p_order_id bigint) RETURNS bigint"
                + " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = facade_green, pg_temp"
                + " AS $$ SELECT 42::bigint $$");

        DriftItem item = only(drift().report(), "colour");
        assertThat(item.scope()).isEqualTo("green");
        assertThat(item.objectKind()).isEqualTo("function");
        assertThat(item.identity()).isEqualTo("order_total_cents(p_order_id bigint)");
        assertThat(item.capture().sessionUser()).isEqualTo(dba);

        assertThatThrownBy(() -> routing().promote("tester", null, null)).isInstanceOf(RoutingException.class)
                .hasMessageContaining("promote refused: green was changed by hand")
                .hasMessageContaining("function order_total_cents(p_order_id bigint) changed by " + dba);
        assertThatThrownBy(() -> routing().canary("tester", List.of("app-1"), null, null, null))
                .isInstanceOf(RoutingException.class).hasMessageContaining("canary refused");
        Fixtures.append(facade.resolve("020_order_views.sql"), "\n-- 1.0.1\n");
        assertThatThrownBy(() -> deploy(facade, "1.0.1")).isInstanceOf(DeployException.class)
                .hasMessageContaining("would rebuild it and lose");
        assertThatThrownBy(() -> drift().discard(" ", null, List.of(), "dba-lead")).hasMessageContaining("needs a reason");

        assertThatThrownBy(() -> drift().discard("x", null, List.of("green function order_total_cents(bigint)"),
                "dba-lead")).hasMessageContaining("not undecided drift now: green function order_total_cents(bigint)");
        DriftService.Discarded discarded = drift().discard("tested a fix, not needed", null,
                List.of("green function order_total_cents(p_order_id bigint)"), "dba-lead");

        assertThat(discarded.discarded()).extracting(DriftItem::key).containsExactly(item.key());
        assertThat(audit().newest(3)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("drift discard");
            assertThat(entry.actor()).isEqualTo("dba-lead");
            assertThat(entry.reason()).isEqualTo("tested a fix, not needed");
        });
        DriftReport after = drift().report();
        assertThat(after.drifted()).isFalse();
        assertThat(after.differences()).singleElement().satisfies(d -> assertThat(d.resolution())
                .startsWith("discarded by dba-lead"));
        routing().promote("tester", null, null);
        // Changed again: drift again.
        asDba("CREATE OR REPLACE FUNCTION facade_green.order_total_cents(p_order_id bigint) RETURNS bigint"
                + " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = facade_green, pg_temp"
                + " AS $$ SELECT 43::bigint $$");
        assertThat(drift().report().drifted()).isTrue();
    }

    @Test
    void aGrantAddedByHandIsDriftOfTheColourAndOfTheCore() throws Exception {
        String other = db.createAppRole("reporting");
        asDba("GRANT SELECT ON facade_blue.orders TO " + other, "GRANT SELECT ON core.customer TO " + other);

        DriftReport report = drift().report();
        DriftItem colour = only(report, "colour");
        assertThat(colour.objectKind()).isEqualTo("privileges");
        assertThat(colour.identity()).isEqualTo("view orders");
        assertThat(colour.current()).contains(other + "=r/");
        assertThat(colour.capture().statement()).isEqualTo("GRANT SELECT ON facade_blue.orders TO " + other);
        DriftItem coreGrant = only(report, "core");
        assertThat(coreGrant.key()).isEqualTo("grant table customer to " + other);
        assertThat(coreGrant.current()).isEqualTo("SELECT");
        assertThat(coreGrant.capture().commandTag()).isEqualTo("GRANT");

        assertThatThrownBy(() -> routing().promote("tester", null, null)).isInstanceOf(RoutingException.class)
                .hasMessageContaining("privileges view orders changed by " + dba);

        DriftService.WrittenBack written = drift().writeBack(core, facade, null, true, "dba-lead");
        assertThat(Files.readString(core.resolve(written.changeset())))
                .contains("GRANT SELECT ON TABLE customer TO " + other + ";");
        assertThat(written.leftOut()).extracting(DriftItem::key).containsExactly("privileges view orders");
        drift().discard("granted for a one-off report", DriftLayer.COLOUR, List.of(), "dba-lead");
        routing().promote("tester", null, null);
    }

    @Test
    void aReferenceRowEditedByHandIsReportedAndAdoptedIntoItsCsv() throws Exception {
        asDba("UPDATE core.order_status SET description = 'Paid in full' WHERE code = 'PAID'");

        DriftItem item = only(drift().report(), "reference");
        assertThat(item.scope()).isEqualTo("order_status");
        assertThat(item.change()).isEqualTo("changed");
        assertThat(item.current()).contains("Paid in full");
        assertThat(item.capture().sessionUser()).isEqualTo(dba);

        drift().writeBack(core, facade, null, true, "dba-lead");

        assertThat(Files.readString(core.resolve("reference-data/order_status.csv"))).contains("PAID,Paid in full,false");
        assertThat(drift().report().drifted()).isFalse();
        assertThat(migrator().migrate(core, "tester").referenceData()).allSatisfy(t -> assertThat(t.changed()).isFalse());
    }

    @Test
    void aHotFixMadeWithTheRealPsqlIsNamedAsPsqlsAndTheStatementAsTyped() throws Exception {
        Path psql = ToolsOnPath.find("psql");
        Assumptions.assumeTrue(psql != null, "psql is not installed");
        URI server = URI.create(db.url().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder(psql.toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "host=" + server.getHost() + " port=" + server.getPort() + " dbname=" + db.name() + " user=" + dba,
                "-c", "CREATE INDEX customer_order_placed ON core.customer_order (placed_at)")
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "secret");
        Process process = builder.start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();

        DriftItem item = only(drift().report(), "core");
        assertThat(item.key()).isEqualTo("index customer_order_placed");
        assertThat(item.capture().applicationName()).isEqualTo("psql");
        assertThat(item.capture().sessionUser()).isEqualTo(dba);
        assertThat(item.capture().statement()).isEqualTo("CREATE INDEX customer_order_placed ON core.customer_order"
                + " (placed_at)");
        assertThat(item.capture().clientAddr()).isNotBlank();
    }

    private static DriftItem only(DriftReport report, String layer) {
        List<DriftItem> items = report.differences().stream().filter(i -> i.layer().equals(layer)).toList();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private void asDba(String... statements) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", dba);
        properties.setProperty("password", "secret");
        properties.setProperty("ApplicationName", "psql");
        try (Connection psql = DriverManager.getConnection(db.url(), properties);
             Statement statement = psql.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
