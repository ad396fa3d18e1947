package io.facadeswitch.backup;

import io.facadeswitch.backup.BackupManifest.Column;
import io.facadeswitch.backup.PendingTargets.ForeignKey;
import io.facadeswitch.backup.PendingTargets.Relations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The core schema's tables as the catalog holds them, partitions included (a change to one partition is copied
 * from that partition alone), for deciding what to copy and how to recreate it.
 */
final class CoreTables {

    /** Liquibase's own tables live in the core schema; the migration writes them, it does not lose them. */
    private static final Set<String> LIQUIBASE = Set.of("databasechangelog", "databasechangeloglock");

    private CoreTables() {
    }

    /**
     * A table of the core schema.
     *
     * @param partitioned whether it is a partitioned table (its rows are in its partitions; {@code bytes} sums them)
     * @param bytes       its size on disk, TOAST included, indexes not
     */
    record CoreTable(String name, long oid, boolean partitioned, long bytes) {
    }

    static Map<String, CoreTable> of(Connection connection, String schema) throws SQLException {
        Map<String, CoreTable> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT c.relname, c.oid, c.relkind = 'p',
                       CASE WHEN c.relkind = 'p'
                            THEN (SELECT coalesce(sum(pg_catalog.pg_table_size(t.relid)), 0)::bigint
                                    FROM pg_catalog.pg_partition_tree(c.oid) t)
                            ELSE pg_catalog.pg_table_size(c.oid) END
                  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ? AND c.relkind IN ('r', 'p')
                 ORDER BY c.relname""")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!LIQUIBASE.contains(rows.getString(1))) {
                        tables.put(rows.getString(1), new CoreTable(rows.getString(1), rows.getLong(2),
                                rows.getBoolean(3), rows.getLong(4)));
                    }
                }
            }
        }
        return tables;
    }

    /** The foreign keys between core tables, and the inheritance children of each (partitions excepted). */
    static Relations relations(Connection connection, String schema) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT r.relname, f.relname, k.confdeltype, k.confupdtype
                  FROM pg_catalog.pg_constraint k
                  JOIN pg_catalog.pg_class r ON r.oid = k.conrelid
                  JOIN pg_catalog.pg_class f ON f.oid = k.confrelid
                 WHERE k.contype = 'f' AND k.conparentid = 0
                   AND r.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ?)
                   AND f.relnamespace = r.relnamespace
                 ORDER BY 1, 2""")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(new ForeignKey(rows.getString(1), rows.getString(2), rows.getString(3).charAt(0),
                            rows.getString(4).charAt(0)));
                }
            }
        }
        Map<String, List<String>> children = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT p.relname, c.relname
                  FROM pg_catalog.pg_inherits i
                  JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
                  JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
                 WHERE p.relkind = 'r' AND c.relkind IN ('r', 'p')
                   AND p.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ?)
                   AND c.relnamespace = p.relnamespace
                 ORDER BY 1, 2""")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    children.computeIfAbsent(rows.getString(1), p -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return new Relations(keys, children);
    }

    static List<Column> columns(Connection connection, long oid) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT attname, pg_catalog.format_type(atttypid, atttypmod), attnotnull
                  FROM pg_catalog.pg_attribute
                 WHERE attrelid = ? AND attnum > 0 AND NOT attisdropped
                 ORDER BY attnum""")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new Column(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
                }
            }
        }
        return columns;
    }

    static List<String> primaryKey(Connection connection, long oid) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT a.attname
                  FROM pg_catalog.pg_index i
                  CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                 WHERE i.indrelid = ? AND i.indisprimary
                 ORDER BY k.position""")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    key.add(rows.getString(1));
                }
            }
        }
        return key;
    }

    /** A name as SQL text: double-quoted, quotes doubled, so any name the catalog holds is one identifier. */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
