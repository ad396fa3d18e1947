package io.facadeswitch.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A table of the core schema that reference data is declared for, as the catalog describes it now. */
record ReferenceTable(String schema, String name, long oid, List<TableColumn> columns, List<String> primaryKey) {

    /** {@code "core"."order_status"}: built from catalog names only. */
    String qualified() {
        return TableColumn.quote(schema) + "." + TableColumn.quote(name);
    }

    Optional<TableColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    List<String> columnNames() {
        return columns.stream().map(TableColumn::name).toList();
    }

    /** The ordinary table {@code schema.name}, or empty when there is none (views and the like do not count). */
    static Optional<ReferenceTable> read(Connection connection, String schema, String name) throws SQLException {
        long oid;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')""")) {
            query.setString(1, schema);
            query.setString(2, name);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                oid = row.getLong(1);
            }
        }
        List<TableColumn> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attgenerated <> '',
                       a.attidentity = 'a', a.atthasdef OR a.attidentity <> '', a.attnotnull
                  FROM pg_catalog.pg_attribute a
                 WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""")) {
            query.setLong(1, oid);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    columns.add(new TableColumn(row.getString(1), row.getString(2), row.getBoolean(3), row.getBoolean(4),
                            row.getBoolean(5), row.getBoolean(6)));
                }
            }
        }
        return Optional.of(new ReferenceTable(schema, name, oid, List.copyOf(columns), primaryKey(connection, oid)));
    }

    private static List<String> primaryKey(Connection connection, long oid) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT a.attname FROM pg_catalog.pg_constraint p
                 CROSS JOIN LATERAL pg_catalog.unnest(p.conkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_catalog.pg_attribute a ON a.attrelid = p.conrelid AND a.attnum = k.attnum
                 WHERE p.conrelid = ? AND p.contype = 'p' ORDER BY k.ord""")) {
            query.setLong(1, oid);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    key.add(row.getString(1));
                }
            }
        }
        return List.copyOf(key);
    }
}
