package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads what a schema holds from PostgreSQL's catalog, with a hash of each object's definition.
 * Definitions are read with {@code search_path = pg_catalog, pg_temp}, the only path on which a
 * release's own functions and operators cannot stand in for the built-ins this query calls, so
 * every name comes out schema-qualified; the schema's own name is replaced by {@code @colour@}
 * before hashing, so the same release reads the same in blue, in green and in a scratch schema.
 */
public final class CatalogInventory {

    /** Definitions are hashed by the server: one query, nothing large crosses the wire. */
    private static final String QUERY = """
            SELECT kind, identity,
                   encode(sha256(convert_to(replace(coalesce(definition, ''), ?, '@colour@'), 'UTF8')), 'hex'),
                   columns
              FROM (
            WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
            SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
                                  ELSE 'table' END,
                   c.relname::text,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) ELSE c.relkind::text END,
                   (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', '
                                      ORDER BY a.attnum)
                      FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)
              FROM pg_class c JOIN ns ON c.relnamespace = ns.oid
             WHERE c.relkind IN ('v', 'm', 'r', 'p', 'S', 'f')
            UNION ALL
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window function'
                                  ELSE 'function' END,
                   p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                   CASE WHEN p.prokind = 'a' THEN p.prosrc || pg_get_function_result(p.oid)
                        ELSE pg_get_functiondef(p.oid) END,
                   NULL
              FROM pg_proc p JOIN ns ON p.pronamespace = ns.oid
            UNION ALL
            SELECT 'type', t.typname::text,
                   t.typtype::text || ':' || coalesce(format_type(t.typbasetype, t.typtypmod), '') || ':'
                     || coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                                    FROM pg_enum e WHERE e.enumtypid = t.oid), '')
                     || coalesce((SELECT string_agg(pg_get_constraintdef(k.oid), ',' ORDER BY k.conname)
                                    FROM pg_constraint k WHERE k.contypid = t.oid), ''),
                   (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', '
                                      ORDER BY a.attnum)
                      FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
              FROM pg_type t JOIN ns ON t.typnamespace = ns.oid
             WHERE t.typtype IN ('e', 'd', 'r', 'm')
                OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
            ) AS objects (kind, identity, definition, columns)
            """;

    /** Reading a view's definition locks what it reads, to the end of the transaction; keys lock nothing. */
    private static final String KEYS_QUERY = withoutDefinitions(QUERY);

    /** The query for some objects only; the planner pushes the key filter into each branch. */
    private static final String SOME_QUERY = QUERY + " WHERE objects.kind || ' ' || objects.identity = ANY (?::text[])";

    private CatalogInventory() {
    }

    /**
     * Everything the schema holds, sorted by kind and name. Sets the transaction's search path to
     * {@code pg_catalog, pg_temp}.
     */
    public static List<FacadeObject> read(Connection connection, String schema, String coreSchema) throws SQLException {
        return query(connection, schema, QUERY, null);
    }

    /**
     * Only the objects with these keys ({@code kind identity}), definitions hashed: the filter
     * applies before the definitions are printed, so only those objects are read and locked.
     */
    public static List<FacadeObject> read(Connection connection, String schema, Collection<String> keys)
            throws SQLException {
        return keys.isEmpty() ? List.of() : query(connection, schema, SOME_QUERY, keys);
    }

    /**
     * What the schema holds, by kind and name only (the hashes are of nothing): enough to tell
     * whether an object is gone, and it takes no lock on the schema's views.
     */
    public static List<FacadeObject> keys(Connection connection, String schema) throws SQLException {
        return query(connection, schema, KEYS_QUERY, null);
    }

    private static String withoutDefinitions(String query) {
        String keys = query
                .replace("CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) ELSE c.relkind::text END", "NULL")
                .replaceAll("CASE WHEN p\\.prokind = 'a' THEN p\\.prosrc \\|\\| pg_get_function_result\\(p\\.oid\\)"
                        + "\\s+ELSE pg_get_functiondef\\(p\\.oid\\) END", "NULL");
        if (keys.contains("pg_get_viewdef") || keys.contains("pg_get_functiondef")) {
            throw new IllegalStateException("the key query still reads definitions");
        }
        return keys;
    }

    /** @param keys the third parameter of {@link #SOME_QUERY}; {@code null} for the queries without one */
    private static List<FacadeObject> query(Connection connection, String schema, String sql,
                                            @Nullable Collection<String> keys) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = pg_catalog, pg_temp");
        }
        Identifiers.check(schema, "schema");
        List<FacadeObject> objects = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            query.setString(2, schema);
            if (keys != null) {
                query.setArray(3, connection.createArrayOf("text", keys.toArray()));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    objects.add(new FacadeObject(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)));
                }
            }
        }
        objects.sort((a, b) -> a.key().compareTo(b.key()));
        return objects;
    }

}
