package io.facadeswitch.core;

import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.facade.CatalogInventory;
import io.facadeswitch.facade.DeployException;
import io.facadeswitch.facade.FacadeObject;
import io.facadeswitch.facade.FacadeRelease;
import io.facadeswitch.facade.ReleaseTests;
import io.facadeswitch.routing.Colour;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides, inside the migration's transaction and after its changesets ran, whether the colours
 * that hold a release still work: none of their objects may have gone (a CASCADE takes views with
 * it), every SQL routine must still compile against the new core, and each live release's own
 * tests must still pass.
 */
final class LiveColourGuard {

    private final String coreSchema;
    private final String ownerRole;
    private final Map<Colour, FacadeRelease> live;
    private final Map<Colour, List<FacadeObject>> before = new LinkedHashMap<>();

    LiveColourGuard(String coreSchema, String ownerRole, Map<Colour, FacadeRelease> live) {
        this.coreSchema = coreSchema;
        this.ownerRole = ownerRole;
        this.live = live;
    }

    void snapshot(Connection connection) throws SQLException {
        for (Colour colour : live.keySet()) {
            before.put(colour, CatalogInventory.read(connection, colour.schema(), coreSchema));
        }
    }

    /** Returns the colours checked, or throws naming what the migration would break. */
    List<String> check(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Colour, FacadeRelease> entry : live.entrySet()) {
            Colour colour = entry.getKey();
            String release = "release " + entry.getValue().name() + " on " + colour;
            Set<String> now = CatalogInventory.read(connection, colour.schema(), coreSchema).stream()
                    .map(FacadeObject::key).collect(Collectors.toSet());
            List<String> gone = before.get(colour).stream().map(FacadeObject::key).filter(k -> !now.contains(k))
                    .map(k -> colour.schema() + ": " + k).toList();
            if (!gone.isEmpty()) {
                problems.add(release + " would lose " + String.join(", ", gone));
                continue;
            }
            problems.addAll(uncompilableRoutines(connection, colour).stream().map(p -> release + ": " + p).toList());
            try {
                ReleaseTests.run(connection, entry.getValue(), colour.schema(), ownerRole);
            } catch (DeployException failed) {
                if (SqlErrors.isLockTimeout(failed)) {
                    throw failed; // busy, not broken: the switch lock retries the whole migration
                }
                problems.add(release + " fails its own test " + failed.getMessage());
            }
        }
        restoreSearchPath(connection);
        if (!problems.isEmpty()) {
            throw new MigrationException(MigrationException.Code.BREAKS_LIVE_COLOUR,
                    "refused: this core migration would break a live colour; nothing was applied.\n  "
                            + String.join("\n  ", problems)
                            + "\nMake the change compatible (expand first, contract once no live release needs"
                            + " the old shape), or deploy a release that no longer uses these objects first.", null);
        }
        return live.keySet().stream().map(Colour::label).toList();
    }

    /** SQL-language routines are re-validated against the migrated core; each in a savepoint. */
    private List<String> uncompilableRoutines(Connection connection, Colour colour) throws SQLException {
        List<String> broken = new ArrayList<>();
        List<String> routines = Sql.column(connection, """
                SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
                 WHERE p.pronamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?) AND l.lanname = 'sql'
                   AND p.prokind IN ('f', 'p')""", colour.schema());
        try (Statement statement = connection.createStatement();
             PreparedStatement validate = connection.prepareStatement("SELECT fmgr_sql_validator(?::regprocedure)")) {
            statement.execute("SET LOCAL search_path = " + Identifiers.quote(colour.schema(), "schema"));
            statement.execute("SET LOCAL check_function_bodies = on");
            for (String routine : routines) {
                statement.execute("SAVEPOINT facade_validate");
                try {
                    validate.setString(1, routine);
                    validate.execute();
                    statement.execute("RELEASE SAVEPOINT facade_validate");
                } catch (SQLException e) {
                    statement.execute("ROLLBACK TO SAVEPOINT facade_validate");
                    broken.add(routine + " no longer compiles: " + SqlErrors.describe(e));
                }
            }
        }
        return broken;
    }

    private void restoreSearchPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = " + Identifiers.quote(coreSchema, "core schema"));
        }
    }
}
