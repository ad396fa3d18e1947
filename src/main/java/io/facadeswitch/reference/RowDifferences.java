package io.facadeswitch.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The set-based statements between a table and its staged rows: what is missing, what differs,
 * what is extra, counted, listed or applied. One statement each, whatever the number of rows.
 */
final class RowDifferences {

    private final TableSpec spec;
    private final String target;
    private final String staged;

    RowDifferences(StagedRows staged) {
        this.spec = staged.spec();
        this.target = spec.table().qualified();
        this.staged = staged.relation();
    }

    private String missing() {
        return " FROM " + staged + " s WHERE NOT EXISTS (SELECT 1 FROM " + target + " x WHERE " + spec.keyMatch("x", "s")
                + ")";
    }

    private String differing() {
        return " FROM " + staged + " s JOIN " + target + " x ON " + spec.keyMatch("x", "s") + " WHERE "
                + spec.valuesDiffer("x", "s");
    }

    private String extra() {
        return " FROM " + target + " x WHERE NOT EXISTS (SELECT 1 FROM " + staged + " s WHERE " + spec.keyMatch("x", "s")
                + ")";
    }

    long insert(Connection connection) throws SQLException {
        return execute(connection, "INSERT INTO " + target + " (" + spec.columnList("") + ")"
                + (spec.overridesIdentity() ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + spec.columnList("s.")
                + missing());
    }

    long update(Connection connection) throws SQLException {
        if (spec.values().isEmpty()) {
            return 0;
        }
        StringBuilder set = new StringBuilder();
        for (TableColumn column : spec.values()) {
            set.append(set.isEmpty() ? "" : ", ").append(column.quoted()).append(" = s.").append(column.quoted());
        }
        return execute(connection, "UPDATE " + target + " x SET " + set + " FROM " + staged + " s WHERE "
                + spec.keyMatch("x", "s") + " AND " + spec.valuesDiffer("x", "s"));
    }

    long delete(Connection connection) throws SQLException {
        return execute(connection, "DELETE FROM " + target + " x WHERE NOT EXISTS (SELECT 1 FROM " + staged + " s WHERE "
                + spec.keyMatch("x", "s") + ")");
    }

    long countMissing(Connection connection) throws SQLException {
        return count(connection, "SELECT count(*)" + missing());
    }

    long countDiffering(Connection connection) throws SQLException {
        return spec.values().isEmpty() ? 0 : count(connection, "SELECT count(*)" + differing());
    }

    long countExtra(Connection connection) throws SQLException {
        return count(connection, "SELECT count(*)" + extra());
    }

    /** The rows an insert would add, in key order, as text. */
    List<Map<String, String>> listMissing(Connection connection, int limit) throws SQLException {
        return rows(connection, "SELECT " + TableSpec.texts(spec.columns(), "s") + missing() + " ORDER BY " + spec.keyList("s.")
                + " LIMIT " + limit, spec.columns());
    }

    /** The rows a delete would remove, in key order, as text. */
    List<Map<String, String>> listExtra(Connection connection, int limit) throws SQLException {
        return rows(connection, "SELECT " + TableSpec.texts(spec.columns(), "x") + extra() + " ORDER BY " + spec.keyList("x.")
                + " LIMIT " + limit, spec.columns());
    }

    /** The rows an update would change, in key order: key, changed columns, before and after. */
    List<RowUpdate> listDiffering(Connection connection, int limit) throws SQLException {
        if (spec.values().isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + TableSpec.texts(spec.key(), "x") + ", " + TableSpec.texts(spec.values(), "x") + ", "
                + TableSpec.texts(spec.values(), "s") + differing() + " ORDER BY " + spec.keyList("x.") + " LIMIT " + limit;
        List<RowUpdate> updates = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            int keys = spec.key().size();
            int values = spec.values().size();
            while (row.next()) {
                Map<String, String> key = new LinkedHashMap<>();
                for (int i = 0; i < keys; i++) {
                    key.put(spec.key().get(i).name(), row.getString(i + 1));
                }
                List<String> changed = new ArrayList<>();
                Map<String, String> before = new LinkedHashMap<>();
                Map<String, String> after = new LinkedHashMap<>();
                for (int i = 0; i < values; i++) {
                    String old = row.getString(keys + i + 1);
                    String now = row.getString(keys + values + i + 1);
                    if (old == null ? now != null : !old.equals(now)) {
                        String name = spec.values().get(i).name();
                        changed.add(name);
                        before.put(name, old);
                        after.put(name, now);
                    }
                }
                updates.add(new RowUpdate(key, changed, before, after));
            }
        }
        return updates;
    }

    private static List<Map<String, String>> rows(Connection connection, String sql, List<TableColumn> columns)
            throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i).name(), row.getString(i + 1));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static long execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
