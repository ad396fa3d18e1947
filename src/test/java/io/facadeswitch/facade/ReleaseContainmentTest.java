package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.facadeswitch.core.MigrationException;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.OutsideState;
import io.facadeswitch.support.SwitchTestBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Release code probed as an attacker would: each release below tries to leave the owner's rights,
 * to change the live colour, privileges or core's rows, and each deploy must be refused with
 * blue (live), core and the rest of the database exactly as they were.
 */
class ReleaseContainmentTest extends SwitchTestBase {

    private OutsideState before;
    private String marker;

    @BeforeEach
    void deployTheLiveRelease() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        before = OutsideState.of(db, Colour.BLUE.schema());
        marker = "/tmp/facade-escape-" + UUID.randomUUID();
    }

    private void assertNothingOutsideChanged() throws Exception {
        assertThat(OutsideState.of(db, Colour.BLUE.schema()).lines()).isEqualTo(before.lines());
        assertThat(db.value("SELECT pg_stat_file('" + marker + "', true)")).as("file written on the server").isNull();
        assertThat(routing().snapshot().colour(Colour.GREEN).state()).isEqualTo("empty");
    }

    private static Path withFile(String path, String sql) {
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        try {
            Files.createDirectories(release.resolve(path).getParent());
            Files.writeString(release.resolve(path), sql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return release;
    }

    /** A definition file whose materialized view runs {@code body} (PL/pgSQL) while the colour is built. */
    private static Path runningDuringTheBuild(String body) {
        return withFile("095_attack.sql", """
                CREATE FUNCTION attack() RETURNS integer LANGUAGE plpgsql AS $$
                BEGIN
                %s
                    RETURN 1;
                END
                $$;

                CREATE MATERIALIZED VIEW attacked AS SELECT attack() AS done;
                """.formatted(body));
    }

    private String touchMarker() {
        return "EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'touch " + marker + "');";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "PERFORM set_config('role', 'none', true);",
            "RESET ROLE;",
            "EXECUTE format('SET ROLE %I', session_user);",
            "EXECUTE format('SET SESSION AUTHORIZATION %I', session_user);",
            "PERFORM set_config('session_authorization', session_user, true);"})
    void aTestCannotLeaveTheOwnersRights(String escape) throws Exception {
        Path release = withFile("tests/090_escape.sql", """
                DO $$
                BEGIN
                    %s
                    %s
                END
                $$;
                """.formatted(escape, touchMarker()));

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.TEST_FAILED));

        assertNothingOutsideChanged();
    }

    @Test
    void aTestCannotCommitAnythingThroughDblink() throws Exception {
        assumeTrue("1".equals(db.value("SELECT count(*) FROM pg_available_extensions WHERE name = 'dblink'")),
                "the server has no dblink");
        Path release = withFile("tests/090_escape.sql", """
                DO $$
                BEGIN
                    PERFORM set_config('role', 'none', true);
                    CREATE EXTENSION IF NOT EXISTS dblink;
                    PERFORM dblink_exec(format('dbname=%s user=%s host=localhost port=%s', current_database(),
                                               session_user, current_setting('port')),
                                        'CREATE TABLE public.rel_s5_persisted (x integer)');
                END
                $$;
                """);

        assertThatThrownBy(() -> deploy(release, "1.1.0")).isInstanceOf(DeployException.class);

        assertNothingOutsideChanged();
        assertThat(db.value("SELECT to_regclass('public.rel_s5_persisted')")).isNull();
    }

    @Test
    void aStoredTestThatTurnsHostileLaterCannotEscapeDuringACoreMigration() throws Exception {
        Path release = withFile("tests/090_time_bomb.sql", """
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM core.product WHERE sku = 'BOMB') THEN
                        PERFORM set_config('role', 'none', true);
                        %s
                    END IF;
                END
                $$;
                """.formatted(touchMarker()));
        deploy(release, "1.1.0");
        Path core = Fixtures.copy(Fixtures.CORE);
        Fixtures.addCoreChange(core, "950-bomb.xml", Fixtures.changelog("""
                <changeSet id="950-bomb" author="attacker">
                    <sql>INSERT INTO core.product (sku, name, price_cents) VALUES ('BOMB', 'Bomb', 1)</sql>
                </changeSet>
                """));

        assertThatThrownBy(() -> migrator().migrate(core, "tester"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("090_time_bomb.sql");

        assertThat(db.value("SELECT pg_stat_file('" + marker + "', true)")).isNull();
        assertThat(db.value("SELECT count(*) FROM core.product WHERE sku = 'BOMB'")).isEqualTo("0");
    }

    @Test
    void aRuleOnTheLiveColourHiddenInAUnicodeEscapeIsRefusedBeforeAnythingRuns() throws Exception {
        Path release = withFile("095_attack.sql",
                "CREATE RULE r AS ON INSERT TO U&\"facade\\005fblue\".customers DO INSTEAD NOTHING;\n");

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.SOURCES_INVALID))
                .hasMessageContaining("facade_blue");

        assertNothingOutsideChanged();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "EXECUTE 'CREATE RULE r AS ON INSERT TO facade' || chr(95) || 'blue.customers DO INSTEAD NOTHING';",
            "EXECUTE 'COMMENT ON VIEW facade' || chr(95) || 'blue.customers IS ''hijacked''';",
            "EXECUTE 'DROP FUNCTION facade' || chr(95) || 'blue.order_total_cents(bigint)';",
            "EXECUTE 'ALTER VIEW facade' || chr(95) || 'blue.customers RENAME TO clients';",
            "EXECUTE 'GRANT SELECT ON facade' || chr(95) || 'blue.customers TO PUBLIC';"})
    void codeRunDuringTheBuildCannotChangeTheLiveColour(String attack) throws Exception {
        Path release = runningDuringTheBuild(attack);

        assertThatThrownBy(() -> deploy(release, "1.1.0")).isInstanceOf(DeployException.class);

        assertNothingOutsideChanged();
        try (Connection app = db.connectAs(appRole, "secret"); Statement statement = app.createStatement()) {
            statement.execute("SET search_path = facade_blue");
            assertThat(statement.executeUpdate("INSERT INTO customers (email, full_name)"
                    + " VALUES ('still@example.com', 'Still Inserted')")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I GRANT SELECT ON TABLES TO PUBLIC', current_user);",
            "EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA facade' || chr(95) || 'green GRANT SELECT ON TABLES TO PUBLIC';",
            "EXECUTE format('ALTER ROLE %I SET statement_timeout = 1', current_user);",
            "PERFORM lo_create(0);",
            "EXECUTE 'CREATE FUNCTION pg_temp.kept() RETURNS integer LANGUAGE sql AS ''SELECT 1''';"})
    void codeRunDuringTheBuildCannotLeaveAnythingOutsideItsColour(String attack) throws Exception {
        Path release = runningDuringTheBuild(attack);

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.getMessage()).contains("outside its colour"));

        assertNothingOutsideChanged();
    }

    @Test
    void aReleaseCannotGrantItsOwnObjectsToEveryone() throws Exception {
        Path release = runningDuringTheBuild("EXECUTE 'GRANT SELECT ON facade' || chr(95) || 'green.customers TO PUBLIC';");

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.getMessage()).contains("customers").contains("PUBLIC"));

        assertNothingOutsideChanged();
    }

    @Test
    void codeRunDuringTheBuildCannotWriteCoreRows() throws Exception {
        Path release = runningDuringTheBuild(
                "INSERT INTO core.customer (email, full_name) VALUES ('planted@example.com', 'Planted');");

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.getMessage()).contains("customer"));

        assertNothingOutsideChanged();
        assertThat(db.value("SELECT count(*) FROM core.customer WHERE email = 'planted@example.com'"))
                .isEqualTo("0");
    }

    @Test
    void anObjectOutsideTheColourThatTheOwnerMayDropIsNotDroppedUnnoticed() throws Exception {
        String greenOwner = db.name() + "_owner_green";
        db.execute("CREATE VIEW core.report AS SELECT count(*) AS customers FROM core.customer",
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + greenOwner + "') THEN"
                        + " CREATE ROLE " + greenOwner + " NOLOGIN; END IF; END $$",
                "ALTER VIEW core.report OWNER TO " + greenOwner);
        before = OutsideState.of(db, Colour.BLUE.schema());
        Path release = runningDuringTheBuild("EXECUTE 'DROP VIEW core.report';");

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.getMessage()).contains("core.report").contains("disappeared"));

        assertNothingOutsideChanged();
        assertThat(db.value("SELECT to_regclass('core.report')")).isNotNull();
    }
    @Test
    void aTriggerOnACoreTableIsRefusedEvenWhenTheOwnerWasGrantedTheRightToCreateIt() throws Exception {
        db.execute(createRoleIfMissing(greenOwner()), "GRANT TRIGGER ON core.customer TO " + greenOwner());
        before = OutsideState.of(db, Colour.BLUE.schema());
        Path release = withFile("095_attack.sql", """
                CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

                CREATE FUNCTION attack() RETURNS integer LANGUAGE plpgsql AS $$
                BEGIN
                    EXECUTE 'CREATE TRIGGER planted BEFORE INSERT ON core.customer FOR EACH ROW'
                        || ' EXECUTE FUNCTION facade' || chr(95) || 'green.stamp()';
                    RETURN 1;
                END
                $$;

                CREATE MATERIALIZED VIEW attacked AS SELECT attack() AS done;
                """);

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.getMessage()).contains("core.customer").contains("outside its colour"));

        assertNothingOutsideChanged();
        assertThat(db.value("SELECT count(*) FROM pg_trigger WHERE tgname = 'planted'")).isEqualTo("0");
    }

    @Test
    void aRowLevelPolicyOnACoreTableIsRefusedEvenWhenTheOwnerOwnsThatTable() throws Exception {
        db.execute(createRoleIfMissing(greenOwner()), "CREATE TABLE core.note (id integer)",
                "ALTER TABLE core.note OWNER TO " + greenOwner());
        before = OutsideState.of(db, Colour.BLUE.schema());
        Path release = runningDuringTheBuild("EXECUTE 'CREATE POLICY planted ON core.note USING (false)';");

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.getMessage()).contains("core.note").contains("outside its colour"));

        assertNothingOutsideChanged();
        assertThat(db.value("SELECT count(*) FROM pg_policy WHERE polname = 'planted'")).isEqualTo("0");
    }

    @Test
    void anEventTriggerIsRefused() throws Exception {
        Path release = withFile("095_attack.sql", """
                CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;

                CREATE FUNCTION attack() RETURNS integer LANGUAGE plpgsql AS $$
                BEGIN
                    EXECUTE 'CREATE EVENT TRIGGER planted ON ddl_command_start'
                        || ' EXECUTE FUNCTION facade' || chr(95) || 'green.on_ddl()';
                    RETURN 1;
                END
                $$;

                CREATE MATERIALIZED VIEW attacked AS SELECT attack() AS done;
                """);

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.getMessage()).containsPattern("event trigger \"?planted"));

        assertNothingOutsideChanged();
    }

    private String greenOwner() {
        return db.name() + "_owner_green";
    }

    private static String createRoleIfMissing(String role) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN"
                + " CREATE ROLE " + role + " NOLOGIN; END IF; END $$";
    }

    @Test
    void aFileThatFailsOnceCannotSlipItsEffectsPastTheChecksWhenItIsRunAgainStatementByStatement()
            throws Exception {
        // Found in review: the retry of a failed file ran outside any subtransaction, below the mark.
        Path release = withFile("999_attack.sql", """
                CREATE FUNCTION attack(v integer) RETURNS boolean LANGUAGE plpgsql AS $outer$
                BEGIN
                  IF NOT pg_catalog.pg_advisory_unlock(4242) THEN
                    PERFORM pg_catalog.pg_advisory_lock(4242);
                    RAISE EXCEPTION 'first pass';
                  END IF;
                  EXECUTE $e$CREATE FUNCTION pg_temp.evil(v pg_catalog.text) RETURNS boolean LANGUAGE plpgsql AS $b$
                    BEGIN
                      IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
                        EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch %s''';
                      END IF;
                      RETURN true;
                    END $b$ $e$;
                  EXECUTE 'CREATE DOMAIN pg_temp.text AS pg_catalog.text CHECK (pg_temp.evil(VALUE))';
                  RETURN true;
                END $outer$;
                CREATE DOMAIN trigger_d AS integer CHECK (attack(VALUE));
                CREATE TYPE trigger_c AS (x trigger_d);
                CREATE VIEW attacked AS SELECT '(1)'::trigger_c AS done;
                """.formatted(marker));

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.getMessage()).contains("outside its colour").contains("pg_temp"));

        assertNothingOutsideChanged();
    }

    @Test
    void anOperatorOfTheReleaseNeverRunsInTheToolsOwnQueries() throws Exception {
        // Found in review: a query the tool ran before re-pinning the search path called the release's "<>".
        Path release = withFile("095_operator.sql", """
                CREATE FUNCTION ne_hook(a text, b text) RETURNS boolean LANGUAGE plpgsql AS $f$
                BEGIN
                  IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
                    EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch %s''';
                  END IF;
                  RETURN a OPERATOR(pg_catalog.<>) b;
                END $f$;
                CREATE OPERATOR <> (LEFTARG = text, RIGHTARG = text, FUNCTION = ne_hook);
                """.formatted(marker));
        Files.writeString(release.resolve("tests/000_hook.sql"), """
                DO $$ DECLARE c refcursor := 'leftover';
                BEGIN
                  OPEN c FOR SELECT 1;
                  PERFORM pg_catalog.set_config('search_path', pg_catalog.current_schema() || ', pg_catalog', false);
                END $$;
                """);

        try {
            deploy(release, "1.1.0");
        } catch (DeployException refused) {
            // refused or not, the operator must not have run as the deploying user
        }
        try {
            context.bean(FacadePlanner.class).plan(release);
        } catch (DeployException refused) {
            // the same
        }

        assertThat(db.value("SELECT pg_stat_file('" + marker + "', true)")).as("the operator ran as superuser").isNull();
    }

    @Test
    void aReleaseCannotGrantColumnsGrantOptionsOrWritesOnAReadOnlyView() throws Exception {
        for (String grant : List.of(
                "GRANT UPDATE (price_cents) ON facade' || chr(95) || 'green.products TO PUBLIC",
                "GRANT UPDATE, DELETE ON facade' || chr(95) || 'green.products TO " + appRole,
                "GRANT SELECT ON facade' || chr(95) || 'green.customers TO " + appRole + " WITH GRANT OPTION")) {
            Path release = runningDuringTheBuild("EXECUTE '" + grant + "';");

            assertThatThrownBy(() -> deploy(release, "1.1.0")).as(grant)
                    .isInstanceOfSatisfying(DeployException.class,
                            e -> assertThat(e.getMessage()).contains("granted privileges itself"));
        }
        assertNothingOutsideChanged();
    }

    @Test
    void aTestCannotLockCoreTablesForTheRestOfTheDeploy() throws Exception {
        Path release = withFile("tests/090_lock.sql", """
                LOCK TABLE core.product IN ACCESS EXCLUSIVE MODE;
                SELECT pg_sleep(30);
                """);
        long started = System.nanoTime();

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.getMessage()).contains("core.product (AccessExclusiveLock)")
                                .contains("090_lock.sql:1"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertNothingOutsideChanged();
    }

    @Test
    void theBuildMayOnlyReadCoreSoItCannotLockItsTablesOrRows() throws Exception {
        for (String attack : List.of("LOCK TABLE core.product IN ACCESS EXCLUSIVE MODE;",
                "PERFORM 1 FROM core.product FOR UPDATE;")) {
            Path release = runningDuringTheBuild(attack);

            assertThatThrownBy(() -> deploy(release, "1.1.0")).as(attack)
                    .isInstanceOfSatisfying(DeployException.class,
                            e -> assertThat(e.sqlState()).isEqualTo("42501"));
        }
        assertNothingOutsideChanged();
    }

    @Test
    void whatATestLeavesOutsideItsColourIsRefusedBeforeItsRollback() throws Exception {
        // Found in review: the tests' writes shared the tests' subtransaction, below their mark.
        Path release = withFile("tests/090_defaults.sql", """
                DO $$ BEGIN
                  EXECUTE pg_catalog.format('ALTER DEFAULT PRIVILEGES FOR ROLE %I GRANT SELECT ON TABLES TO PUBLIC',
                                            current_user);
                END $$;
                """);

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.getMessage()).contains("tests").contains("outside its colour"));

        assertNothingOutsideChanged();
    }
}
