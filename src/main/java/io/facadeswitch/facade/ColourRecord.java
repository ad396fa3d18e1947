package io.facadeswitch.facade;

import io.facadeswitch.control.ControlSchema;
import io.facadeswitch.db.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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

    /**
     * Per object of the schema (and the schema itself, as {@code schema @colour@}): owner and
     * privileges, and the xmin of its catalog rows (the relation with its rule and columns, the
     * routine, the type). A row's xmin changes with every update of it (CREATE OR REPLACE, ALTER,
     * GRANT, a rule replaced, a column renamed); it also changes when VACUUM freezes the row, which
     * only costs a definition read.
     */
    private static final String CATALOG = """
            WITH ns AS (SELECT oid, nspname, nspowner, nspacl, xmin FROM pg_catalog.pg_namespace WHERE nspname = ?)
            SELECT 'schema', '@colour@', ns.nspowner, ns.nspacl, NULL, ns.xmin::pg_catalog.text FROM ns
            UNION ALL
            SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
                                  ELSE 'table' END,
                   c.relname::pg_catalog.text, c.relowner, c.relacl,
                   (SELECT pg_catalog.string_agg(a.attname || '=' || a.attacl::pg_catalog.text, ' ' ORDER BY a.attnum)
                      FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attacl IS NOT NULL),
                   c.xmin::pg_catalog.text
                     || ':' || coalesce((SELECT pg_catalog.string_agg(r.xmin::pg_catalog.text, ',' ORDER BY r.oid)
                                           FROM pg_catalog.pg_rewrite r WHERE r.ev_class = c.oid), '')
                     || ':' || coalesce((SELECT pg_catalog.string_agg(a.xmin::pg_catalog.text, ',' ORDER BY a.attnum)
                                           FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0), '')
              FROM pg_catalog.pg_class c JOIN ns ON c.relnamespace = ns.oid
             WHERE c.relkind IN ('v', 'm', 'r', 'p', 'S', 'f')
            UNION ALL
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window function'
                                  ELSE 'function' END,
                   p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', p.proowner, p.proacl,
                   NULL, p.xmin::pg_catalog.text
              FROM pg_catalog.pg_proc p JOIN ns ON p.pronamespace = ns.oid
            UNION ALL
            SELECT 'type', t.typname::pg_catalog.text, t.typowner, t.typacl, NULL, t.xmin::pg_catalog.text
              FROM pg_catalog.pg_type t JOIN ns ON t.typnamespace = ns.oid
             WHERE t.typtype IN ('e', 'd', 'r', 'm')
                OR (t.typtype = 'c' AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = t.typrelid) = 'c')
            """;

    private ColourRecord() {
    }

    /**
     * What the catalog says of one object, besides its definition.
     *
     * @param privileges "owner R; acl ..." (and column privileges), compared as text
     * @param stamp      the xmin of its catalog rows: unchanged means untouched
     */
    public record ObjectState(String privileges, String stamp) {
    }

    /** The inventory the deploy of a release recorded. */
    public static List<FacadeObject> recordedObjects(Connection connection, long releaseId) throws SQLException {
        return ReleaseStore.objects(connection, releaseId);
    }

    /** Every object's state now, by key ("view orders"); reads no definition, so it locks nothing. */
    public static Map<String, ObjectState> catalog(Connection connection, String schema) throws SQLException {
        Identifiers.check(schema, "schema");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = pg_catalog, pg_temp");
        }
        Map<String, ObjectState> states = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT kind, identity,"
                + " pg_catalog.pg_get_userbyid(owner), coalesce(pg_catalog.array_to_string(ARRAY(SELECT i::pg_catalog.text"
                + " FROM pg_catalog.unnest(acl) i ORDER BY 1), ' '), 'default'), columns, stamp"
                + " FROM (" + CATALOG + ") AS o (kind, identity, owner, acl, columns, stamp)")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getString(1) + " " + rows.getString(2), new ObjectState("owner " + rows.getString(3)
                            + "; acl " + rows.getString(4) + (rows.getString(5) == null ? "" : "; columns "
                            + rows.getString(5)), rows.getString(6)));
                }
            }
        }
        return states;
    }

    /** The states a deploy recorded; empty for a release deployed before they were recorded. */
    public static Optional<Map<String, ObjectState>> recordedCatalog(Connection connection, long releaseId)
            throws SQLException {
        Map<String, ObjectState> states = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT kind, identity, privileges, stamp FROM "
                + ControlSchema.SCHEMA + ".release_catalog WHERE release_id = ?")) {
            query.setLong(1, releaseId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getString(1) + " " + rows.getString(2), new ObjectState(rows.getString(3),
                            rows.getString(4)));
                }
            }
        }
        return states.isEmpty() ? Optional.empty() : Optional.of(states);
    }

    /** Records what the deploy left, in its transaction: one statement, arrays in. */
    static void saveCatalog(Connection connection, long releaseId, Map<String, ObjectState> states) throws SQLException {
        List<String> kinds = new ArrayList<>();
        List<String> identities = new ArrayList<>();
        for (String key : states.keySet()) {
            int split = kindLength(key);
            kinds.add(key.substring(0, split));
            identities.add(key.substring(split + 1));
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ControlSchema.SCHEMA
                + ".release_catalog (release_id, kind, identity, privileges, stamp)"
                + " SELECT ?, k, i, p, s FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS o (k, i, p, s)")) {
            insert.setLong(1, releaseId);
            insert.setArray(2, connection.createArrayOf("text", kinds.toArray()));
            insert.setArray(3, connection.createArrayOf("text", identities.toArray()));
            insert.setArray(4, connection.createArrayOf("text",
                    states.values().stream().map(ObjectState::privileges).toArray()));
            insert.setArray(5, connection.createArrayOf("text", states.values().stream().map(ObjectState::stamp).toArray()));
            insert.executeUpdate();
        }
    }

    /** "window function f(integer)" → the length of "window function". */
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
