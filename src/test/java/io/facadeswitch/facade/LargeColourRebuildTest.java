package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.LargeFacade;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A colour of 3,000 views and 1,000 functions, replaced on a server with PostgreSQL's default lock
 * table (max_connections 100, max_locks_per_transaction 64): dropping and building it in one
 * transaction would need some 20,000 locks where the table holds about 8,000.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeColourRebuildTest {

    private static final int VIEWS = 3_000;
    private static final int FUNCTIONS = 1_000;

    private TestDatabase db;
    private SwitchContext context;

    @BeforeAll
    void deployTwoLargeReleases() throws Exception {
        db = TestPostgres.newDatabaseOnDefaultLockLimits();
        assumeTrue("100".equals(db.value("SHOW max_connections"))
                && "64".equals(db.value("SHOW max_locks_per_transaction")), "needs a server with the default lock table");
        String app = db.createAppRole("app");
        context = db.start(Map.of("facade.app-roles", List.of(app), "facade.owner-role", db.name() + "_owner"));
        context.bean(CoreMigrator.class).migrate(Fixtures.CORE, "setup");
        deploy(LargeFacade.write(VIEWS, FUNCTIONS, "a"), "a");
        deploy(LargeFacade.write(VIEWS, FUNCTIONS, "b"), "b");
        assertThat(objects("facade_green")).isEqualTo(VIEWS + FUNCTIONS);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    @Order(1)
    void aFailedReplaceOfALargeColourLeavesItAsItWas() throws Exception {
        Path broken = LargeFacade.write(VIEWS, FUNCTIONS, "c");
        Fixtures.append(broken.resolve("080_generated.sql"), "\nCREATE VIEW broken AS SELEC 1;\n");
        long generation = context.bean(RoutingService.class).snapshot().generation();

        assertThatThrownBy(() -> deploy(broken, "c"))
                .isInstanceOfSatisfying(DeployException.class, e -> assertThat(e.sqlState()).isEqualTo("42601"));

        assertThat(objects("facade_green")).isEqualTo(VIEWS + FUNCTIONS);
        assertThat(db.value("SELECT count(*) FROM pg_class WHERE relnamespace = 'facade_green'::regnamespace"
                + " AND relname = 'v_00001' AND pg_get_viewdef(oid) LIKE '%''b''%'")).isEqualTo("1");
        assertThat(retiredSchemas()).isEmpty();
        assertThat(context.bean(RoutingService.class).snapshot().generation()).isEqualTo(generation);
    }

    @Test
    @Order(2)
    void aLargeColourIsReplacedByAnotherAsLargeAndNothingOfTheOldOneIsLeft() throws Exception {
        DeployOutcome outcome = deploy(LargeFacade.write(VIEWS, FUNCTIONS, "e"), "e");

        assertThat(outcome).isInstanceOfSatisfying(DeployOutcome.Deployed.class,
                deployed -> assertThat(deployed.colour()).isEqualTo("green"));
        assertThat(objects("facade_green")).isEqualTo(VIEWS + FUNCTIONS);
        assertThat(variants("facade_green")).as("every view and PL/pgSQL function is the new release's")
                .containsExactly("e");
        assertThat(objects("facade_blue")).isEqualTo(VIEWS + FUNCTIONS);
        assertThat(variants("facade_blue")).containsExactly("a");
        assertThat(retiredSchemas()).as("the old colour, dropped").isEmpty();
    }

    @Test
    @Order(3)
    void aLargeColourIsReplacedAndTheOldOneIsDroppedInBatches() throws Exception {
        DeployOutcome outcome = deploy(LargeFacade.write(1_200, 300, "d"), "d");

        assertThat(outcome).isInstanceOfSatisfying(DeployOutcome.Deployed.class,
                deployed -> assertThat(deployed.colour()).isEqualTo("green"));
        assertThat(objects("facade_green")).isEqualTo(1_500);
        assertThat(objects("facade_blue")).isEqualTo(VIEWS + FUNCTIONS);
        assertThat(retiredSchemas()).isEmpty();
    }

    private DeployOutcome deploy(Path release, String name) {
        return context.bean(DeployService.class).deploy(release, name, "tester");
    }

    private int objects(String schema) throws Exception {
        return Integer.parseInt(db.value("SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = '" + schema
                + "'::regnamespace AND relkind = 'v') + (SELECT count(*) FROM pg_proc WHERE pronamespace = '"
                + schema + "'::regnamespace)"));
    }

    /** The release variants a colour's definitions carry: its views' and its PL/pgSQL functions'. */
    private List<String> variants(String schema) throws Exception {
        return db.column("SELECT DISTINCT substring(d FROM '''([a-z])(?:''::text|-'')') FROM ("
                + " SELECT pg_get_viewdef(oid) AS d FROM pg_class WHERE relnamespace = '" + schema + "'::regnamespace"
                + " AND relkind = 'v' UNION ALL SELECT prosrc FROM pg_proc WHERE pronamespace = '" + schema
                + "'::regnamespace AND prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql')) AS defs"
                + " ORDER BY 1");
    }

    private List<String> retiredSchemas() throws Exception {
        return db.column("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'facade\\_%\\_retired\\_%'");
    }
}
