package io.facadeswitch.facade;

import io.facadeswitch.routing.Colour;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/** The releases the colours hold now, rebuilt from the sources stored when each was deployed. */
public final class LiveReleases {

    private LiveReleases() {
    }

    public static Map<Colour, FacadeRelease> load(Connection connection) throws SQLException {
        Map<Colour, FacadeRelease> live = new EnumMap<>(Colour.class);
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.colour, r.id, r.name FROM facade_switch.colours c
                  JOIN facade_switch.releases r ON r.id = c.release_id ORDER BY c.colour""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                live.put(Colour.of(rows.getString(1)), ReleaseStore.release(connection, rows.getLong(2),
                        rows.getString(3)));
            }
        }
        return live;
    }
}
