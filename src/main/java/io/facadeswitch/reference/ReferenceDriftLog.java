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

    /**
     * Each synchronized table with changes since its last synchronization, by name: how many,
     * through which change, and the newest {@code newest} of them.
     */
    public static List<TableDrift> unsettled(Connection connection, int newest) throws SQLException {
        List<TableDrift> drift = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name, settled_through, mode FROM "
                + ControlSchema.SCHEMA + ".reference_data ORDER BY table_name");
             ResultSet rows = query.executeQuery()) {
            List<Synchronized> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(new Synchronized(rows.getString(1), rows.getLong(2),
                        SyncMode.valueOf(rows.getString(3).toUpperCase(Locale.ROOT))));
            }
            for (Synchronized table : tables) {
                SyncRecords.DriftSummary summary = SyncRecords.driftSummary(connection, table.name(),
                        table.settledThrough(), table.mode(), newest);
                if (summary.changes() > 0) {
                    drift.add(new TableDrift(summary.table(), summary.changes(), summary.lastId(), summary.newest()));
                }
            }
        }
        return drift;
    }

    /** One table's drift: {@code changes} since its last synchronization, the last one {@code lastId}, the newest ones. */
    public record TableDrift(String table, long changes, long lastId, List<ReferenceDrift> newest) {
    }

    private record Synchronized(String name, long settledThrough, SyncMode mode) {
    }
}
