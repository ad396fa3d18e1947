package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A release reaches nothing outside its colour, and nothing outside may hang on a colour. */
class ColourIsolationTest extends SwitchTestBase {

    /**
     * {@code CREATE VIEW core.sneaky} written as such is refused by the source rules before the
     * database sees it (FacadeRulesTest); built by dynamic SQL while a materialized view is built,
     * only the database's own defences are left to stop it.
     */
    private static final String SNEAK_INTO_CORE = """

            CREATE FUNCTION sneak() RETURNS int LANGUAGE plpgsql AS $$
            BEGIN EXECUTE 'CREATE VIEW core.sneaky AS SELECT 1 AS one'; RETURN 1; END $$;
            CREATE MATERIALIZED VIEW sneaking AS SELECT sneak() AS done;
            """;

    @Test
    void aReleaseCannotCreateObjectsInCoreBecauseItsOwnerMayNot() throws Exception {
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Fixtures.append(release.resolve("020_order_views.sql"), SNEAK_INTO_CORE);

        assertThatThrownBy(() -> deploy(release, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"))
                .hasMessageContaining("permission denied for schema core");

        assertThat(db.value("SELECT to_regclass('core.sneaky')")).isNull();
        assertThat(definitions(Colour.BLUE)).isEmpty();
    }

    @Test
    void evenAnOwnerAllowedToCreateInCoreCannotSlipAnObjectThere() throws Exception {
        String owner = db.name() + "_owner_blue";
        db.execute("CREATE ROLE " + owner + " NOLOGIN", "GRANT CREATE ON SCHEMA core TO " + owner);
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Fixtures.append(release.resolve("020_order_views.sql"), SNEAK_INTO_CORE);

        assertThatThrownBy(() -> deploy(release, "1.0.0"))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("view core.sneaky")
                .hasMessageContaining("outside its colour");

        assertThat(db.value("SELECT to_regclass('core.sneaky')")).isNull();
    }

    @Test
    void securityDefinerRoutinesRunAsThePlainOwnerRoleNotTheDeployer() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        assertThat(db.column("SELECT DISTINCT r.rolname || ' super=' || r.rolsuper FROM pg_proc p"
                + " JOIN pg_roles r ON r.oid = p.proowner WHERE p.pronamespace = 'facade_blue'::regnamespace"))
                .containsExactly(db.name() + "_owner_blue super=false");
    }

    @Test
    void unqualifiedNamesDoNotResolveToCore() {
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Fixtures.append(release.resolve("020_order_views.sql"), "\nCREATE VIEW unqualified AS SELECT * FROM product;\n");

        assertThatThrownBy(() -> deploy(release, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class, e -> assertThat(e.sqlState()).isEqualTo("42P01"))
                .hasMessageContaining("\"product\" does not exist");
    }

    @Test
    void aColourThatCoreDependsOnIsNotDroppedWithThatDependency() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        db.execute("ALTER TABLE core.customer ALTER COLUMN full_name"
                + " SET DEFAULT facade_green.order_total_cents(0)::text");
        List<String> greenBefore = definitions(Colour.GREEN);
        Path next = Fixtures.copy(Fixtures.FACADE_1_1_0);
        Fixtures.append(next.resolve("010_reference_views.sql"), "\n-- 1.2.0\n");

        assertThatThrownBy(() -> deploy(next, "1.2.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.TARGET_IN_USE))
                .hasMessageContaining("default value for column full_name of table core.customer");

        assertThat(db.value("SELECT column_default FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'customer' AND column_name = 'full_name'")).contains("order_total_cents");
        assertThat(definitions(Colour.GREEN)).isEqualTo(greenBefore);
    }

    @Test
    void eachColourHasAnOwnerOfItsOwnSoABuildCannotReachTheOtherColour() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");

        assertThat(db.column("SELECT nspname || ' ' || nspowner::regrole FROM pg_namespace"
                + " WHERE nspname IN ('facade_blue', 'facade_green') ORDER BY 1"))
                .containsExactly("facade_blue " + db.name() + "_owner_blue", "facade_green " + db.name() + "_owner_green");
        assertThat(db.value("SELECT pg_has_role('" + db.name() + "_owner_green', '" + db.name() + "_owner_blue',"
                + " 'USAGE')")).isEqualTo("f");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SUPERUSER", "CREATEROLE", "LOGIN"})
    void anOwnerRoleWithPowersBeyondAPlainRoleIsRefused(String attribute) throws Exception {
        db.execute("CREATE ROLE " + db.name() + "_owner_blue " + attribute);

        assertThatThrownBy(() -> deploy(Fixtures.FACADE_1_0_0, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.OWNER_ROLE_UNSAFE))
                .hasMessageContaining("has " + attribute);
        assertThat(definitions(Colour.BLUE)).isEmpty();
    }

    @Test
    void anOwnerRoleThatIsAMemberOfAnotherRoleIsRefused() throws Exception {
        String owner = db.name() + "_owner_blue";
        db.execute("CREATE ROLE " + owner + " NOLOGIN", "GRANT pg_read_all_data TO " + owner);

        assertThatThrownBy(() -> deploy(Fixtures.FACADE_1_0_0, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.OWNER_ROLE_UNSAFE))
                .hasMessageContaining("member of pg_read_all_data");
    }

    @Test
    void anOwnerRoleWithDefaultPrivilegesIsRefused() throws Exception {
        String owner = db.name() + "_owner_blue";
        db.execute("CREATE ROLE " + owner + " NOLOGIN",
                "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " GRANT SELECT ON TABLES TO PUBLIC");

        assertThatThrownBy(() -> deploy(Fixtures.FACADE_1_0_0, "1.0.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.OWNER_ROLE_UNSAFE))
                .hasMessageContaining("default privileges");
    }
}
