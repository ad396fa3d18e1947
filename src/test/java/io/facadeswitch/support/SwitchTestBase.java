package io.facadeswitch.support;

import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.control.AuditLog;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.facade.CatalogInventory;
import io.facadeswitch.facade.DeployOutcome;
import io.facadeswitch.facade.DeployService;
import io.facadeswitch.facade.FacadeObject;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingService;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh database per test, with the example core schema migrated and the switch's services
 * started on it. Subclasses may add settings through {@link #settings()}.
 */
public abstract class SwitchTestBase {

    protected TestDatabase db;
    protected SwitchContext context;
    protected String appRole;

    @BeforeEach
    void startSwitch() throws Exception {
        db = newDatabase();
        appRole = db.createAppRole("app");
        Map<String, Object> properties = new HashMap<>(settings());
        properties.putIfAbsent("facade.app-roles", List.of(appRole));
        // Roles are cluster-wide: name the owner after this database so tests never share one.
        properties.putIfAbsent("facade.owner-role", db.name() + "_owner");
        context = db.start(properties);
        if (migrateCore()) {
            migrator().migrate(Fixtures.CORE, "setup");
        }
    }

    @AfterEach
    void stopSwitch() {
        if (context != null) {
            context.close();
        }
    }

    /** The test's database; a subclass may want it on another server. */
    protected TestDatabase newDatabase() {
        return TestPostgres.newDatabase();
    }

    protected Map<String, Object> settings() {
        return Map.of();
    }

    protected boolean migrateCore() {
        return true;
    }

    protected DeployService deployer() {
        return context.bean(DeployService.class);
    }

    protected RoutingService routing() {
        return context.bean(RoutingService.class);
    }

    protected CoreMigrator migrator() {
        return context.bean(CoreMigrator.class);
    }

    protected AuditLog audit() {
        return context.bean(AuditLog.class);
    }

    protected DeployOutcome deploy(Path folder, String release) {
        return deployer().deploy(folder, release, "tester");
    }

    /** What a colour holds, read straight from the catalog, definitions hashed. */
    protected List<FacadeObject> catalog(Colour colour) throws Exception {
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try {
                return CatalogInventory.read(connection, colour.schema(), "core");
            } finally {
                connection.rollback();
            }
        }
    }

    /** Full definitions of every object in a colour, for byte-for-byte comparison. */
    protected List<String> definitions(Colour colour) throws Exception {
        return db.column("""
                SELECT 'view ' || c.relname || ': ' || pg_get_viewdef(c.oid) FROM pg_class c
                 WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = '%1$s')
                UNION ALL
                SELECT 'routine ' || p.oid::regprocedure || ': ' || pg_get_functiondef(p.oid) FROM pg_proc p
                 WHERE p.pronamespace = (SELECT oid FROM pg_namespace WHERE nspname = '%1$s')
                ORDER BY 1""".formatted(colour.schema()));
    }
}
