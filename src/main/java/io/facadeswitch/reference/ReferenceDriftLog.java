package io.facadeswitch.reference;

import io.facadeswitch.control.ControlSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The drift of every synchronized reference table: what was changed here since its last synchronization. */
public final class ReferenceDriftLog {

    private ReferenceDriftLog() {
    }

    /** Changes since each table's last synchronization, oldest first, tables by name. */
    public static List<ReferenceDrift> unsettled(Connection connection) throws SQLException {
        List<ReferenceDrift> drift = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name, settled_through, mode FROM "
                + ControlSchema.SCHEMA + ".reference_data ORDER BY table_name");
             ResultSet rows = query.executeQuery()) {
            List<Synchronized> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(new Synchronized(rows.getString(1), rows.getLong(2),
                        SyncMode.valueOf(rows.getString(3).toUpperCase(Locale.ROOT))));
            }
            for (Synchronized table : tables) {
                drift.addAll(SyncRecords.driftSince(connection, table.name(), table.settledThrough(), table.mode()));
            }
        }
        return drift;
    }

    private record Synchronized(String name, long settledThrough, SyncMode mode) {
    }
}
