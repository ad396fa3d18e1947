package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.drift.DriftReport;
import io.facadeswitch.drift.DriftService;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole release cycle as the deploying user the docs recommend: a plain login with CREATEROLE
 * and CREATE on its database, owning core, no superuser. Release code still gets nothing of it.
 */
class LeastPrivilegeDeployerTest {

    private TestDatabase db;
    private String deployer;
    private String app;
    private SwitchContext context;

    @BeforeEach
    void startAsThePlainDeployer() throws Exception {
        db = TestPostgres.newDatabase();
        deployer = db.name() + "_deployer";
        app = db.createAppRole("app");
        db.execute("CREATE ROLE " + deployer + " LOGIN PASSWORD 'secret' CREATEROLE",
                "GRANT CREATE ON DATABASE " + db.name() + " TO " + deployer);
        Map<String, Object> properties = new HashMap<>();
        properties.put("facade.app-roles", List.of(app));
        properties.put("facade.owner-role", db.name() + "_owner");
        context = SwitchContext.start(new ConnectionSettings(db.url(), deployer, "secret"),
                Path.of("target", "unused-embedded"), properties);
        context.bean(CoreMigrator.class).migrate(Fixtures.CORE, "tester");
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aPlainDeployerMigratesDeploysAndPromotes() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        context.bean(RoutingService.class).promote("tester", null, null);
        Path next = Fixtures.copy(Fixtures.FACADE_1_1_0);
        Fixtures.append(next.resolve("010_reference_views.sql"), "\n-- 1.2.0\n");
        deploy(next, "1.2.0");

        assertThat(db.value("SELECT rolsuper FROM pg_roles WHERE rolname = '" + deployer + "'")).isEqualTo("f");
        assertThat(db.value("SELECT nspowner::regrole FROM pg_namespace WHERE nspname = 'core'")).isEqualTo(deployer);
        assertThat(context.bean(RoutingService.class).snapshot().colour(Colour.BLUE).release()).isEqualTo("1.2.0");
        assertThat(db.column("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'facade\\_%\\_retired\\_%'")).isEmpty();
    }

    @Test
    void withoutASuperuserTheCaptureIsOffAndASuperuserLaterDoesNotTurnOnTriggersItDoesNotOwn() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        db.execute("CREATE INDEX customer_created ON core.customer (created_at)");

        DriftReport report = context.bean(DriftService.class).report();

        assertThat(report.capture()).startsWith("off: only a superuser may create event triggers");
        assertThat(report.differences()).singleElement().satisfies(item -> {
            assertThat(item.key()).isEqualTo("index customer_created");
            assertThat(item.capture()).isNull();
        });
        // A superuser's check would create triggers that run a function the plain deployer owns, and may replace.
        try (SwitchContext superuser = db.start(Map.of("facade.owner-role", db.name() + "_owner"))) {
            assertThat(superuser.bean(DriftService.class).report().capture())
                    .contains("puts them back when a superuser owns the control schema");
        }
        assertThat(db.value("SELECT count(*) FROM pg_event_trigger WHERE evtname LIKE 'facade_switch_capture_%'"))
                .isEqualTo("0");
    }

    @Test
    void releaseCodeCannotBecomeThePlainDeployerEither() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Files.writeString(release.resolve("tests/090_escape.sql"),
                "DO $$ BEGIN EXECUTE format('SET ROLE %I', session_user); DROP SCHEMA core CASCADE; END $$;\n");

        assertThatThrownBy(() -> deploy(release, "1.1.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.TEST_FAILED))
                .hasMessageContaining("may not change its role");
        assertThat(db.value("SELECT to_regclass('core.customer')")).isNotNull();
    }

    private DeployOutcome deploy(Path folder, String name) {
        return context.bean(DeployService.class).deploy(folder, name, "tester");
    }
}
