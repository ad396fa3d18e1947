package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingSnapshot;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployTest extends SwitchTestBase {

    @Test
    void theFirstReleaseGoesToBlueAndBecomesActive() throws Exception {
        DeployOutcome outcome = deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        assertThat(outcome).isInstanceOf(DeployOutcome.Deployed.class);
        DeployOutcome.Deployed deployed = (DeployOutcome.Deployed) outcome;
        assertThat(deployed.colour()).isEqualTo("blue");
        assertThat(deployed.active()).isTrue();
        RoutingSnapshot status = routing().snapshot();
        assertThat(status.active()).isEqualTo("blue");
        assertThat(status.generation()).isEqualTo(1);
        assertThat(status.colour(Colour.BLUE).release()).isEqualTo("1.0.0");
        assertThat(status.colour(Colour.BLUE).state()).isEqualTo("active");
        assertThat(status.colour(Colour.GREEN).state()).isEqualTo("empty");
        assertThat(catalog(Colour.BLUE)).extracting(FacadeObject::key)
                .contains("view order_summaries", "function order_total_cents(p_order_id bigint)");
        assertThat(db.value("SELECT count(*) FROM facade_switch.release_objects")).isEqualTo(
                String.valueOf(deployed.objects()));
        assertThat(context.bean(MeterRegistry.class)
                .get("facade_switch_deploy_duration").tag("outcome", "deployed").timer().count()).isEqualTo(1);
    }

    @Test
    void anUpgradeGoesToGreenAndLeavesBlueUntouched() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        List<String> blueBefore = definitions(Colour.BLUE);

        DeployOutcome.Deployed upgrade = (DeployOutcome.Deployed) deploy(Fixtures.FACADE_1_1_0, "1.1.0");

        assertThat(upgrade.colour()).isEqualTo("green");
        assertThat(upgrade.active()).isFalse();
        assertThat(definitions(Colour.BLUE)).isEqualTo(blueBefore);
        RoutingSnapshot status = routing().snapshot();
        assertThat(status.active()).isEqualTo("blue");
        assertThat(status.generation()).isEqualTo(2);
        assertThat(status.colour(Colour.GREEN).state()).isEqualTo("deployed");
        assertThat(catalog(Colour.GREEN)).extracting(FacadeObject::key).contains("view customer_order_counts");
        assertThat(catalog(Colour.BLUE)).extracting(FacadeObject::key).doesNotContain("view customer_order_counts");
    }

    @Test
    void aSyntaxErrorInTheMiddleNamesFileAndLineAndChangesNothing() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        List<String> expected = Fixtures.read(Fixtures.brokenSyntax().resolve("EXPECTED")).lines().toList();
        List<String> blueBefore = definitions(Colour.BLUE);
        List<String> greenBefore = definitions(Colour.GREEN);
        RoutingSnapshot routingBefore = routing().snapshot();
        long auditBefore = audit().all().size();

        assertThatThrownBy(() -> deploy(Fixtures.brokenSyntax(), "1.0.1"))
                .isInstanceOfSatisfying(DeployException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeployErrorCode.SQL_FAILED);
                    assertThat(e.file()).isEqualTo(expected.get(0));
                    assertThat(e.line()).isEqualTo(Integer.parseInt(expected.get(1)));
                    assertThat(e.sqlState()).isEqualTo("42601");
                    assertThat(e.getMessage()).startsWith(expected.get(0) + ":" + expected.get(1) + ":")
                            .contains("SQLSTATE 42601");
                });

        assertThat(definitions(Colour.BLUE)).isEqualTo(blueBefore);
        assertThat(definitions(Colour.GREEN)).isEqualTo(greenBefore).isEmpty();
        assertThat(routing().snapshot()).isEqualTo(routingBefore);
        assertThat(audit().all()).hasSize((int) auditBefore);
        assertThat(db.value("SELECT count(*) FROM facade_switch.releases WHERE name = '1.0.1'")).isEqualTo("0");
    }

    @Test
    void aFailingFacadeTestRefusesTheReleaseAndNamesTheTest() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        List<String> blueBefore = definitions(Colour.BLUE);

        assertThatThrownBy(() -> deploy(Fixtures.failingTest(), "1.0.1"))
                .isInstanceOfSatisfying(DeployException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeployErrorCode.TEST_FAILED);
                    assertThat(e.file()).startsWith("tests/");
                    assertThat(e.line()).isPositive();
                    assertThat(e.getMessage()).contains("total_cents");
                });

        assertThat(definitions(Colour.BLUE)).isEqualTo(blueBefore);
        assertThat(definitions(Colour.GREEN)).isEmpty();
        assertThat(routing().snapshot().colour(Colour.GREEN).state()).isEqualTo("empty");
    }

    @Test
    void redeployingTheSameChecksumIsANoOpThatSaysSo() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        RoutingSnapshot before = routing().snapshot();
        int auditBefore = audit().all().size();

        DeployOutcome again = deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        DeployOutcome renamed = deploy(Fixtures.FACADE_1_0_0, "1.0.0-again");

        assertThat(again).isInstanceOfSatisfying(DeployOutcome.Unchanged.class, u -> {
            assertThat(u.colour()).isEqualTo("blue");
            assertThat(u.liveAs()).isEqualTo("1.0.0");
        });
        assertThat(renamed).isInstanceOf(DeployOutcome.Unchanged.class);
        assertThat(routing().snapshot()).isEqualTo(before);
        assertThat(audit().all()).hasSize(auditBefore);
        assertThat(definitions(Colour.GREEN)).isEmpty();
    }

    @Test
    void aReleaseNameStandsForOneSetOfSources() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        assertThatThrownBy(() -> deploy(Fixtures.FACADE_1_1_0, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.RELEASE_NAME_TAKEN))
                .hasMessageContaining("deploy under a new name");
    }

    @Test
    void aNameRecordedWithOtherSourcesIsRefusedEvenWhenTheseSourcesAreLiveUnderAnotherName() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        RoutingSnapshot before = routing().snapshot();

        assertThatThrownBy(() -> deploy(Fixtures.FACADE_1_1_0, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.RELEASE_NAME_TAKEN))
                .hasMessageContaining("release 1.0.0 was already deployed")
                .hasMessageContaining("from different sources")
                .hasMessageContaining("deploy under a new name");
        assertThat(routing().snapshot()).isEqualTo(before);
    }

    @Test
    void theApplicationRoleReadsItsColourButNotCore() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        try (Connection app = db.connectAs(appRole, "secret"); Statement statement = app.createStatement()) {
            statement.execute("SET search_path = facade_blue");
            statement.executeQuery("SELECT * FROM order_statuses").close();
            statement.execute("SELECT register_customer('ann@example.com', 'Ann')");
            statement.execute("INSERT INTO customers (email, full_name) VALUES ('bo@example.com', 'Bo')");
            assertThatThrownBy(() -> statement.execute("DELETE FROM order_statuses"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM core.customer"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM facade_switch.releases"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void everyRoutineHasItsColourPinnedAsSearchPath() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");

        List<String> unpinned = db.column("""
                SELECT p.oid::regprocedure::text FROM pg_proc p
                 WHERE p.pronamespace IN ('facade_blue'::regnamespace, 'facade_green'::regnamespace)
                   AND p.prosqlbody IS NULL
                   AND NOT coalesce(p.proconfig, '{}') @> ARRAY['search_path=' || p.pronamespace::regnamespace::text
                                                              || ', pg_temp']""");
        assertThat(unpinned).isEmpty();
        assertThat(db.value("SELECT count(*) FROM pg_proc WHERE pronamespace = 'facade_green'::regnamespace"
                + " AND prosqlbody IS NULL")).isNotEqualTo("0");
    }

    @Test
    void routinesAreNotExecutableByPublic() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        assertThat(db.column("""
                SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'facade_blue'::regnamespace
                   AND has_function_privilege('public', p.oid, 'EXECUTE')""")).isEmpty();
    }

    @Test
    void aPlpgsqlRoutineNoTestCallsIsReported() throws Exception {
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Fixtures.append(release.resolve("030_functions.sql"), """

                CREATE FUNCTION never_called() RETURNS int LANGUAGE plpgsql AS $$
                BEGIN
                    RETURN (SELECT count(*) FROM core.no_such_table);
                END
                $$;
                """);

        DeployOutcome.Deployed deployed = (DeployOutcome.Deployed) deploy(release, "1.0.0");

        assertThat(deployed.warnings()).anySatisfy(w -> assertThat(w).contains("never_called()")
                .doesNotContain("place_order").doesNotContain("register_customer"));
    }

    @Test
    void anErrorAfterCharactersOutsideTheBasicPlaneStillNamesTheRightLine() throws Exception {
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Files.writeString(release.resolve("050_emoji.sql"),
                "CREATE VIEW emoji AS SELECT '\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00' AS face,\n"
                        + "  1 AS one,\n  nonsense(2) AS broken;\n");

        assertThatThrownBy(() -> deploy(release, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class, e -> {
                    assertThat(e.file()).isEqualTo("050_emoji.sql");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void anInvokerRoutineThatReadsCoreIsReportedAndReallyFailsForTheApplication() throws Exception {
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Fixtures.append(release.resolve("030_functions.sql"), """

                CREATE FUNCTION customer_count() RETURNS bigint LANGUAGE sql STABLE
                AS $$ SELECT count(*) FROM core.customer $$;
                """);

        DeployOutcome.Deployed deployed = (DeployOutcome.Deployed) deploy(release, "1.0.0");

        assertThat(deployed.warnings()).anySatisfy(w -> assertThat(w).contains("customer_count()")
                .doesNotContain("order_total_cents").doesNotContain("place_order"));
        try (Connection app = db.connectAs(appRole, "secret"); Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT facade_blue.customer_count()"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }
}
