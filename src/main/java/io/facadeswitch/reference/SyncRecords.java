package io.facadeswitch.reference;

import io.facadeswitch.control.ControlSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The control schema's record of reference data: the last synchronization of each table, the
 * change log its trigger writes, and the trigger itself, which the synchronization puts on every
 * table it has synchronized and puts back when someone removed or disabled it.
 */
final class SyncRecords {

    static final String TRIGGER = "facade_switch_reference_data";
    static final String TRUNCATE_TRIGGER = "facade_switch_reference_data_truncate";
    private static final String CONTROL = ControlSchema.SCHEMA;

    /**
     * The last synchronization of a table as the fast path needs it.
     *
     * @param changesSince logged changes after it (the table's drift)
     * @param watched      both triggers are there and enabled: no change can have gone unlogged
     */
    record LastSync(String checksum, long settledThrough, long changesSince, boolean watched, String syncedAt) {
    }

    private SyncRecords() {
    }

    static Optional<LastSync> last(Connection connection, ReferenceTable table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT r.checksum, r.settled_through,"
                + " (SELECT count(*) FROM " + CONTROL + ".reference_data_changes c"
                + "   WHERE c.table_name = r.table_name AND c.id > r.settled_through"
                + "     AND (r.mode = 'sync' OR c.operation <> 'INSERT')),"
                + " (SELECT count(*) FROM pg_catalog.pg_trigger t WHERE t.tgrelid = ? AND t.tgname IN (?, ?)"
                + "   AND t.tgenabled <> 'D') = 2, r.synced_at::text"
                + " FROM " + CONTROL + ".reference_data r WHERE r.table_name = ?")) {
            query.setLong(1, table.oid());
            query.setString(2, TRIGGER);
            query.setString(3, TRUNCATE_TRIGGER);
            query.setString(4, table.name());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LastSync(row.getString(1), row.getLong(2), row.getLong(3), row.getBoolean(4),
                        row.getString(5)));
            }
        }
    }

    /**
     * Changes logged since the last synchronization that changed something, oldest first. With
     * {@code upsert} and {@code insert}, rows the application adds are what those modes allow, not drift.
     */
    static List<ReferenceDrift> driftSince(Connection connection, String table, long settledThrough, SyncMode mode)
            throws SQLException {
        return changesSince(connection, table, settledThrough, mode, " ORDER BY id");
    }

    /**
     * How many changes {@link #driftSince} would list, the last one's id, and the newest
     * {@code newest} of them, newest first: the drift of a table after a bulk update, in a few rows.
     */
    static DriftSummary driftSummary(Connection connection, String table, long settledThrough, SyncMode mode, int newest)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*), coalesce(max(id), 0) FROM " + CONTROL
                + ".reference_data_changes" + driftWhere(mode))) {
            query.setString(1, table);
            query.setLong(2, settledThrough);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new DriftSummary(table, row.getLong(1), row.getLong(2), row.getLong(1) == 0 ? List.of()
                        : changesSince(connection, table, settledThrough, mode, " ORDER BY id DESC LIMIT " + newest));
            }
        }
    }

    /** A table's drift in short: {@code changes} since its last synchronization, through change {@code lastId}. */
    record DriftSummary(String table, long changes, long lastId, List<ReferenceDrift> newest) {
    }

    private static String driftWhere(SyncMode mode) {
        return " WHERE table_name = ? AND id > ? AND old_row IS DISTINCT FROM new_row"
                + (mode.deletes() ? "" : " AND operation <> 'INSERT'");
    }

    private static List<ReferenceDrift> changesSince(Connection connection, String table, long settledThrough,
                                                     SyncMode mode, String order) throws SQLException {
        List<ReferenceDrift> drift = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, operation, old_row::text, new_row::text,"
                + " changed_by, application_name, pg_catalog.host(client_addr), changed_at::text FROM " + CONTROL
                + ".reference_data_changes" + driftWhere(mode) + order)) {
            query.setString(1, table);
            query.setLong(2, settledThrough);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    drift.add(new ReferenceDrift(row.getLong(1), table, row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8)));
                }
            }
        }
        return drift;
    }

    /** Marks the synchronization's own writes, for the rest of the transaction, as not drift. */
    static void writing(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_catalog.set_config('facade_switch.reference_sync', '" + (on ? "on" : "off")
                    + "', true)");
        }
    }

    /** Records the synchronization and makes sure the table's triggers log what others change from now on. */
    static void record(Connection connection, TableSpec spec, String checksum, long declaredRows, String actor,
                       boolean watched) throws SQLException {
        if (!watched) {
            watch(connection, spec.table());
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + CONTROL + ".reference_data AS r"
                + " (table_name, checksum, mode, declared_rows, settled_through, synced_by)"
                + " VALUES (?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM " + CONTROL + ".reference_data_changes), ?)"
                + " ON CONFLICT (table_name) DO UPDATE SET checksum = excluded.checksum, mode = excluded.mode,"
                + " declared_rows = excluded.declared_rows, settled_through = excluded.settled_through,"
                + " synced_by = excluded.synced_by, synced_at = now()")) {
            upsert.setString(1, spec.name());
            upsert.setString(2, checksum);
            upsert.setString(3, spec.mode().word());
            upsert.setLong(4, declaredRows);
            upsert.setString(5, actor);
            upsert.executeUpdate();
        }
    }

    /** Only when missing or disabled: a trigger's DDL takes a stronger lock on the table than its writes. */
    private static void watch(Connection connection, ReferenceTable table) throws SQLException {
        String function = CONTROL + ".reference_data_changed()";
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TRIGGER " + TRIGGER + " AFTER INSERT OR UPDATE OR DELETE ON "
                    + table.qualified() + " FOR EACH ROW EXECUTE FUNCTION " + function);
            statement.execute("CREATE OR REPLACE TRIGGER " + TRUNCATE_TRIGGER + " AFTER TRUNCATE ON "
                    + table.qualified() + " FOR EACH STATEMENT EXECUTE FUNCTION " + function);
            statement.execute("ALTER TABLE " + table.qualified() + " ENABLE TRIGGER " + TRIGGER + ", ENABLE TRIGGER "
                    + TRUNCATE_TRIGGER);
        }
    }
}
