package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a deploy recorded about a colour, and the same read from the catalog now, for the drift
 * check: the object inventory with definition hashes ({@link CatalogInventory}), and the owner
 * and privileges of the schema and of each relation and routine in it.
 */
public final class ColourRecord {

    /** key ("view order_summary", "schema facade_blue" as "schema @colour@") → "owner=...; acl=...". */
    private static final String PRIVILEGES = """
            WITH ns AS (SELECT oid, nspname, nspowner, nspacl FROM pg_catalog.pg_namespace WHERE nspname = ?)
            SELECT 'schema', '@colour@', ns.nspowner, ns.nspacl, NULL FROM ns
            UNION ALL
            SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
                                  ELSE 'table' END,
                   c.relname::pg_catalog.text, c.relowner, c.relacl,
                   (SELECT pg_catalog.string_agg(a.attname || '=' || a.attacl::pg_catalog.text, ' ' ORDER BY a.attnum)
                      FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attacl IS NOT NULL)
              FROM pg_catalog.pg_class c JOIN ns ON c.relnamespace = ns.oid
             WHERE c.relkind IN ('v', 'm', 'r', 'p', 'S', 'f')
            UNION ALL
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window function'
                                  ELSE 'function' END,
                   p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', p.proowner, p.proacl,
                   NULL
              FROM pg_catalog.pg_proc p JOIN ns ON p.pronamespace = ns.oid
            """;

    private ColourRecord() {
    }

    /** The inventory the deploy of a release recorded. */
    public static List<FacadeObject> recordedObjects(Connection connection, long releaseId) throws SQLException {
        return ReleaseStore.objects(connection, releaseId);
    }

    /**
     * Owner and privileges of the colour's schema and objects now. An ACL is compared as the set
     * of its items; the owner's name, not its oid, so that a role dropped and made again reads the same.
     */
    public static Map<String, String> privileges(Connection connection, String schema) throws SQLException {
        Identifiers.check(schema, "schema");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = pg_catalog, pg_temp");
        }
        Map<String, String> privileges = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT kind, identity,"
                + " pg_catalog.pg_get_userbyid(owner), coalesce(pg_catalog.array_to_string(ARRAY(SELECT i::pg_catalog.text"
                + " FROM pg_catalog.unnest(acl) i ORDER BY 1), ' '), 'default'), columns"
                + " FROM (" + PRIVILEGES + ") AS o (kind, identity, owner, acl, columns)")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    privileges.put(rows.getString(1) + " " + rows.getString(2), "owner " + rows.getString(3) + "; acl "
                            + rows.getString(4) + (rows.getString(5) == null ? "" : "; columns " + rows.getString(5)));
                }
            }
        }
        return privileges;
    }

    /** The privileges a deploy recorded; empty for a release deployed before they were recorded. */
    public static Optional<Map<String, String>> recordedPrivileges(Connection connection, long releaseId)
            throws SQLException {
        Map<String, String> privileges = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT kind, identity, owner, acl"
                + " FROM facade_switch.release_privileges WHERE release_id = ?")) {
            query.setLong(1, releaseId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    privileges.put(rows.getString(1) + " " + rows.getString(2), rows.getString(4));
                }
            }
        }
        return privileges.isEmpty() ? Optional.empty() : Optional.of(privileges);
    }

    /** Records what the deploy left, in its transaction. */
    static void savePrivileges(Connection connection, long releaseId, Map<String, String> privileges)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO facade_switch.release_privileges"
                + " (release_id, kind, identity, owner, acl) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, String> entry : privileges.entrySet()) {
                String key = entry.getKey();
                int split = kindLength(key);
                insert.setLong(1, releaseId);
                insert.setString(2, key.substring(0, split));
                insert.setString(3, key.substring(split + 1));
                insert.setString(4, entry.getValue().substring("owner ".length(), entry.getValue().indexOf(';')));
                insert.setString(5, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static int kindLength(String key) {
        for (String twoWords : List.of("materialized view ", "window function ")) {
            if (key.startsWith(twoWords)) {
                return twoWords.length() - 1;
            }
        }
        return key.indexOf(' ');
    }

    /**
     * The object's definition as a CREATE statement for the facade's source files, or empty for a
     * kind that cannot be printed back (types): names of the colour unqualified, as the sources
     * write them, and without the search path the deployer pins on every routine.
     */
    public static Optional<String> definition(Connection connection, String schema, String kind, String identity)
            throws SQLException {
        Identifiers.check(schema, "schema");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = pg_catalog, pg_temp");
        }
        String sql = switch (kind) {
            case "view" -> "SELECT 'CREATE OR REPLACE VIEW ' || pg_catalog.quote_ident(c.relname)"
                    + " || coalesce(' WITH (' || pg_catalog.array_to_string(c.reloptions, ', ') || ')', '')"
                    + " || E' AS\\n' || pg_catalog.rtrim(pg_catalog.pg_get_viewdef(c.oid, true), ';')"
                    + " FROM pg_catalog.pg_class c WHERE c.relnamespace = ?::pg_catalog.regnamespace AND c.relname = ?";
            case "materialized view" -> "SELECT 'CREATE MATERIALIZED VIEW ' || pg_catalog.quote_ident(c.relname)"
                    + " || E' AS\\n' || pg_catalog.rtrim(pg_catalog.pg_get_viewdef(c.oid, true), ';')"
                    + " FROM pg_catalog.pg_class c WHERE c.relnamespace = ?::pg_catalog.regnamespace AND c.relname = ?";
            case "function", "procedure", "window function" -> "SELECT pg_catalog.rtrim(pg_catalog.pg_get_functiondef(p.oid),"
                    + " E'\\n') FROM pg_catalog.pg_proc p WHERE p.pronamespace = ?::pg_catalog.regnamespace"
                    + " AND p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' = ?";
            default -> null;
        };
        if (sql == null) {
            return Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            query.setString(2, identity);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String pinned = "(?m)^ SET search_path TO '" + schema + "', 'pg_temp'\\R";
                return Optional.of(row.getString(1).replaceAll(pinned, "").replace(schema + ".", ""));
            }
        }
    }
}
