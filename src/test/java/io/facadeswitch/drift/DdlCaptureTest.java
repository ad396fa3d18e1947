package io.facadeswitch.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The event triggers record DDL that the tool did not run, one row per command, with who ran it,
 * and never make that DDL fail.
 */
class DdlCaptureTest extends SwitchTestBase {

    @Test
    void theToolsOwnMigrationsDeploysAndFlipsLeaveNoCapturedRow() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        routing().promote("tester", null, null);
        Path core = Fixtures.copy(Fixtures.CORE);
        Fixtures.addCoreChange(core, "900-extra.xml", Fixtures.changelog("""
                <changeSet id="900-extra" author="test">
                    <addColumn tableName="customer"><column name="nickname" type="text"/></addColumn>
                </changeSet>"""));
        migrator().migrate(core, "tester");

        assertThat(db.value("SELECT count(*) FROM facade_switch.ddl_captures")).isEqualTo("0");
        assertThat(db.value("SELECT count(*) FROM pg_event_trigger WHERE evtname LIKE 'facade_switch_capture_%'"))
                .isEqualTo("2");
    }

    @Test
    void aHotFixIsRecordedOnceWithItsAuthorAndStatement() throws Exception {
        String dba = dba();
        try (Connection psql = connect(dba, "psql"); Statement statement = psql.createStatement()) {
            statement.execute("CREATE INDEX customer_email_lower ON core.customer (lower(email))");
            statement.execute("CREATE TABLE core.audit_note (id serial PRIMARY KEY, note text)");
            statement.execute("ALTER TABLE core.audit_note DROP COLUMN note");
        }

        List<String> rows = db.column("SELECT session_user_name || '|' || current_user_name || '|' || application_name"
                + " || '|' || command_tag || '|' || statement || '|' || (SELECT string_agg(DISTINCT o ->> 'identity', ',' ORDER BY"
                + " o ->> 'identity') FROM jsonb_array_elements(objects) o) FROM facade_switch.ddl_captures ORDER BY id");
        assertThat(rows).containsExactly(
                dba + "|" + dba + "|psql|CREATE INDEX|CREATE INDEX customer_email_lower ON core.customer (lower(email))"
                        + "|core.customer_email_lower",
                dba + "|" + dba + "|psql|CREATE TABLE|CREATE TABLE core.audit_note (id serial PRIMARY KEY, note text)"
                        + "|core.audit_note,core.audit_note_id_seq,core.audit_note_pkey",
                dba + "|" + dba + "|psql|ALTER TABLE|ALTER TABLE core.audit_note DROP COLUMN note"
                        + "|core.audit_note,core.audit_note.note");
    }

    @Test
    void aCascadeNamesWhatItTookAlongAndPasswordsAreMasked() throws Exception {
        String dba = dba();
        db.execute("CREATE VIEW core.customer_emails AS SELECT email FROM core.customer",
                "CREATE EXTENSION IF NOT EXISTS postgres_fdw",
                "CREATE SERVER elsewhere FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'example.com')");
        try (Connection psql = connect(dba, "psql"); Statement statement = psql.createStatement()) {
            statement.execute("ALTER TABLE core.customer ADD COLUMN scratch int");
            statement.execute("ALTER TABLE core.customer DROP COLUMN email CASCADE");
            statement.execute("CREATE USER MAPPING FOR " + dba + " SERVER elsewhere OPTIONS (user 'u', password 'hunter2')");
        }

        assertThat(db.value("SELECT string_agg(o ->> 'identity', ',' ORDER BY o ->> 'identity') FROM"
                + " facade_switch.ddl_captures c, jsonb_array_elements(c.objects) o WHERE c.statement LIKE '%CASCADE'"))
                .contains("core.customer.email").contains("core.customer_emails");
        assertThat(db.column("SELECT statement FROM facade_switch.ddl_captures WHERE command_tag = 'CREATE USER MAPPING'"))
                .singleElement().satisfies(text -> assertThat(text).contains("password '***'").doesNotContain("hunter2"));
        assertThat(db.value("SELECT count(*) FROM facade_switch.ddl_captures WHERE statement LIKE '%DROP COLUMN email%'"))
                .isEqualTo("1");
    }

    @Test
    void aRoleSetWithSetRoleIsRecordedBesideTheLogin() throws Exception {
        String dba = dba();
        db.execute("CREATE SCHEMA scratch AUTHORIZATION " + appRole, "GRANT " + appRole + " TO " + dba);
        try (Connection psql = connect(dba, "psql"); Statement statement = psql.createStatement()) {
            statement.execute("SET ROLE " + appRole);
            statement.execute("CREATE TABLE scratch.basket (id int)");
        }
        assertThat(db.value("SELECT session_user_name || ' as ' || current_user_name FROM facade_switch.ddl_captures"
                + " WHERE command_tag = 'CREATE TABLE'")).isEqualTo(dba + " as " + appRole);
    }

    @Test
    void temporaryObjectsFailedStatementsAndRolledBackOnesAreNotRecorded() throws Exception {
        String dba = dba();
        try (Connection psql = connect(dba, "psql"); Statement statement = psql.createStatement()) {
            statement.execute("CREATE TEMP TABLE scratch (x int)");
            statement.execute("CREATE INDEX ON scratch (x)");
            statement.execute("DROP TABLE scratch");
            assertThatThrownBy(() -> statement.execute("CREATE INDEX broken ON core.customer (no_such_column)"))
                    .isInstanceOf(SQLException.class);
            psql.setAutoCommit(false);
            statement.execute("CREATE INDEX rolled_back ON core.customer (email)");
            psql.rollback();
        }
        assertThat(db.value("SELECT count(*) FROM facade_switch.ddl_captures")).isEqualTo("0");
    }

    @Test
    void aRoleWithoutRightsOnTheControlSchemaIsRecordedAsItself() throws Exception {
        db.execute("CREATE SCHEMA scratch AUTHORIZATION " + appRole);
        try (Connection app = connect(appRole, "shop-7"); Statement statement = app.createStatement()) {
            statement.execute("CREATE TABLE scratch.basket (id int)");
        }
        assertThat(db.value("SELECT session_user_name || ' ' || application_name || ' ' || schemas::text"
                + " FROM facade_switch.ddl_captures WHERE command_tag = 'CREATE TABLE'"))
                .isEqualTo(appRole + " shop-7 {scratch}");
    }

    @Test
    void anApplicationsDdlStillSucceedsWhenTheCaptureCannotWrite() throws Exception {
        db.execute("CREATE SCHEMA scratch AUTHORIZATION " + appRole,
                "ALTER TABLE facade_switch.ddl_captures ADD CONSTRAINT refuse_everything CHECK (false) NOT VALID");
        try (Connection app = connect(appRole, "shop-7"); Statement statement = app.createStatement()) {
            statement.execute("CREATE TABLE scratch.basket (id int)");
            SQLWarning warning = statement.getWarnings();
            assertThat((Object) warning).isNotNull();
            assertThat(warning.getMessage()).contains("could not record this DDL for drift checks");
        }
        assertThat(db.value("SELECT to_regclass('scratch.basket') IS NOT NULL")).isEqualTo("t");
        assertThat(db.value("SELECT count(*) FROM facade_switch.ddl_captures WHERE command_tag = 'CREATE TABLE'"))
                .isEqualTo("0");
    }

    @Test
    void aCallersSearchPathCannotPutItsOwnOperatorsOrFunctionsIntoTheCapture() throws Exception {
        // The capture runs as its owner, a superuser, without a SET search_path of its own: had it left a
        // name unqualified, this role's = or left() would run inside it with the owner's rights.
        db.execute("CREATE SCHEMA scratch AUTHORIZATION " + appRole);
        try (Connection app = connect(appRole, "shop-7"); Statement statement = app.createStatement()) {
            statement.execute("CREATE TABLE scratch.calls (as_role text)");
            statement.execute("CREATE FUNCTION scratch.always(text, text) RETURNS boolean LANGUAGE sql"
                    + " AS 'INSERT INTO scratch.calls SELECT current_user RETURNING true'");
            statement.execute("CREATE OPERATOR scratch.= (LEFTARG = text, RIGHTARG = text, FUNCTION = scratch.always)");
            statement.execute("CREATE FUNCTION scratch.left(text, integer) RETURNS text LANGUAGE sql"
                    + " AS 'INSERT INTO scratch.calls SELECT current_user RETURNING ''forged''::text'");
            statement.execute("SET search_path = scratch, pg_catalog");
            statement.execute("CREATE TABLE scratch.dropped_first (id int)");
            statement.execute("DROP TABLE scratch.dropped_first");
            statement.execute("CREATE TABLE scratch.basket (id int)");
        }
        assertThat(db.value("SELECT count(*) FROM scratch.calls")).isEqualTo("0");
        assertThat(db.value("SELECT current_user_name || ': ' || statement FROM facade_switch.ddl_captures"
                + " WHERE command_tag = 'CREATE TABLE' AND statement LIKE '%basket%'"))
                .isEqualTo(appRole + ": CREATE TABLE scratch.basket (id int)");
    }

    private String dba() throws SQLException {
        String role = db.name() + "_dba";
        db.execute("DROP ROLE IF EXISTS " + role, "CREATE ROLE " + role + " LOGIN SUPERUSER PASSWORD 'secret'");
        return role;
    }

    private Connection connect(String role, String applicationName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", "secret");
        properties.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(db.url(), properties);
    }
}
