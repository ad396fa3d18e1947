package io.facadeswitch.drift;

import io.facadeswitch.control.ControlSchema;
import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who decided what about which difference: an adoption or a discard holds for one object in one
 * state (and, in a colour, for the release deployed there), so the same object changed again is
 * drift again, and a new deploy starts the colour's record afresh.
 */
final class DriftResolutions {

    private static final String TABLE = ControlSchema.SCHEMA + ".drift_resolutions";

    private final Map<String, String> decided;

    private DriftResolutions(Map<String, String> decided) {
        this.decided = decided;
    }

    static DriftResolutions load(Connection connection) throws SQLException {
        Map<String, String> decided = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT layer, scope, coalesce(release_id, 0), kind,"
                + " identity, state, resolution || ' by ' || resolved_by || ' at ' || resolved_at::text"
                + " || coalesce(': ' || reason, '') FROM " + TABLE + " ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                decided.put(key(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4) + " "
                        + rows.getString(5), rows.getString(6)), rows.getString(7));
            }
        }
        return new DriftResolutions(decided);
    }

    /** How the item was decided, if it was. */
    Optional<String> of(DriftItem item, long releaseId) {
        return Optional.ofNullable(decided.get(key(item.layer(), item.scope(), releaseId, item.key(), item.state())));
    }

    /** Records decisions, in the caller's transaction. */
    /** @param releases the release each colour holds, by label: a colour's decisions end with its release */
    static void record(Connection connection, List<DriftItem> items, Map<String, Long> releases, String resolution,
                       @Nullable String reason, String actor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (layer, scope, release_id, kind, identity, state, resolution, reason, resolved_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DriftItem item : items) {
                insert.setString(1, item.layer());
                insert.setString(2, item.scope());
                Long releaseId = item.layer().equals(DriftLayer.COLOUR.label()) ? releases.get(item.scope()) : null;
                if (releaseId == null) {
                    insert.setNull(3, Types.BIGINT);
                } else {
                    insert.setLong(3, releaseId);
                }
                insert.setString(4, item.objectKind());
                insert.setString(5, item.identity());
                insert.setString(6, item.state());
                insert.setString(7, resolution);
                insert.setString(8, reason);
                insert.setString(9, actor);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String key(String layer, String scope, long releaseId, String object, String state) {
        return layer + "\u0000" + scope + "\u0000" + (layer.equals(DriftLayer.COLOUR.label()) ? releaseId : 0)
                + "\u0000" + object + "\u0000" + state;
    }
}
