package io.facadeswitch.core;

import io.facadeswitch.control.ControlSchema;
import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.ToolSession;
import io.facadeswitch.facade.CatalogInventory;
import io.facadeswitch.facade.FacadeObject;
import io.facadeswitch.facade.FacadeRelease;
import io.facadeswitch.facade.LiveColourCheck;
import io.facadeswitch.routing.Colour;
import java.sql.Connection;
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
 * tests must still pass ({@link LiveColourCheck}, which runs them as release code).
 */
final class LiveColourGuard {

    private final String coreSchema;
    private final ToolSession session;
    private final Map<Colour, FacadeRelease> live;
    private final Map<Colour, List<FacadeObject>> before = new LinkedHashMap<>();

    LiveColourGuard(String coreSchema, ToolSession session, Map<Colour, FacadeRelease> live) {
        this.coreSchema = coreSchema;
        this.session = session;
        this.live = live;
    }

    /** What each live colour holds before the changesets, by name (reading definitions would lock them). */
    void snapshot(Connection connection) throws SQLException {
        for (Colour colour : live.keySet()) {
            before.put(colour, CatalogInventory.keys(connection, colour.schema()));
        }
    }

    /** Returns the colours checked, or throws naming what the migration would break. */
    List<String> check(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Colour, FacadeRelease> entry : live.entrySet()) {
            Colour colour = entry.getKey();
            String release = "release " + entry.getValue().name() + " on " + colour;
            Set<String> now = CatalogInventory.keys(connection, colour.schema()).stream()
                    .map(FacadeObject::key).collect(Collectors.toSet());
            List<String> gone = before.get(colour).stream().map(FacadeObject::key).filter(k -> !now.contains(k))
                    .map(k -> colour.schema() + ": " + k).toList();
            if (!gone.isEmpty()) {
                problems.add(release + " would lose " + String.join(", ", gone));
                continue;
            }
            LiveColourCheck.problems(connection, session, entry.getValue(), colour.schema(),
                            List.of(coreSchema, colour.other().schema(), ControlSchema.SCHEMA))
                    .forEach(problem -> problems.add(release + ": " + problem));
        }
        restoreSearchPath(connection);
        if (!problems.isEmpty()) {
            throw new MigrationException(MigrationErrorCode.BREAKS_LIVE_COLOUR,
                    "refused: this core migration would break a live colour; nothing was applied.\n  "
                            + String.join("\n  ", problems)
                            + "\nMake the change compatible (expand first, contract once no live release needs"
                            + " the old shape), or deploy a release that no longer uses these objects first.", null);
        }
        return live.keySet().stream().map(Colour::label).toList();
    }

    private void restoreSearchPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = " + Identifiers.quote(coreSchema, "core schema"));
        }
    }
}
