package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Builds a release into a schema, inside the caller's transaction: the schema is dropped and
 * created empty, the definition files run in order with the schema and core on the search path,
 * and every routine gets that search path pinned, so a function in one colour never resolves a
 * name in the other whatever the caller's path.
 */
final class ColourBuilder {

    /** Dependants of the colour's objects that are not themselves part of the colour. */
    private static final String OUTSIDE_DEPENDANTS = """
            WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = ?),
            rels AS (SELECT c.oid FROM pg_class c JOIN ns ON c.relnamespace = ns.oid),
            inside AS (
                SELECT 'pg_class'::regclass AS classid, oid AS objid FROM rels
                UNION ALL SELECT 'pg_proc'::regclass, p.oid FROM pg_proc p JOIN ns ON p.pronamespace = ns.oid
                UNION ALL SELECT 'pg_type'::regclass, t.oid FROM pg_type t JOIN ns ON t.typnamespace = ns.oid
                UNION ALL SELECT 'pg_operator'::regclass, o.oid FROM pg_operator o JOIN ns ON o.oprnamespace = ns.oid
                UNION ALL SELECT 'pg_constraint'::regclass, k.oid FROM pg_constraint k JOIN ns ON k.connamespace = ns.oid
                UNION ALL SELECT 'pg_rewrite'::regclass, r.oid FROM pg_rewrite r WHERE r.ev_class IN (SELECT oid FROM rels)
                UNION ALL SELECT 'pg_attrdef'::regclass, a.oid FROM pg_attrdef a WHERE a.adrelid IN (SELECT oid FROM rels)
                UNION ALL SELECT 'pg_trigger'::regclass, t.oid FROM pg_trigger t WHERE t.tgrelid IN (SELECT oid FROM rels))
            SELECT DISTINCT pg_describe_object(d.classid, d.objid, d.objsubid)
              FROM pg_depend d
              JOIN inside i ON d.refclassid = i.classid AND d.refobjid = i.objid
             WHERE d.deptype IN ('n', 'a')
               AND NOT EXISTS (SELECT 1 FROM inside o WHERE o.classid = d.classid AND o.objid = d.objid)
             ORDER BY 1""";


    /**
     * Catalog rows whose writer is still in progress: other sessions' uncommitted rows are
     * invisible, so these are this transaction's (savepoints included).
     */
    private static final String CHANGED_OUTSIDE = """
            WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = ?),
                 epoch AS (SELECT (txid_current() >> 32) << 32 AS base)
            SELECT 'relation ' || c.oid::regclass::text FROM pg_class c, ns, epoch
             WHERE c.relnamespace <> ns.oid AND txid_status(epoch.base + c.xmin::text::bigint) = 'in progress'
            UNION ALL
            SELECT 'routine ' || p.oid::regprocedure::text FROM pg_proc p, ns, epoch
             WHERE p.pronamespace <> ns.oid AND txid_status(epoch.base + p.xmin::text::bigint) = 'in progress'
            UNION ALL
            SELECT 'type ' || t.oid::regtype::text FROM pg_type t, ns, epoch
             WHERE t.typnamespace <> ns.oid AND t.typrelid = 0
               AND txid_status(epoch.base + t.xmin::text::bigint) = 'in progress'
            ORDER BY 1""";

    private ColourBuilder() {
    }

    static void build(Connection connection, String schema, String coreSchema, String ownerRole,
                      FacadeRelease release) throws SQLException {
        String quotedSchema = Identifiers.quote(schema, "schema");
        String owner = FacadeOwner.prepare(connection, ownerRole, coreSchema);
        refuseOutsideDependants(connection, schema);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + quotedSchema + " CASCADE");
            statement.execute("CREATE SCHEMA " + quotedSchema + " AUTHORIZATION " + owner);
            // Only the colour: an unqualified name can never resolve to, or alter, a core object.
            statement.execute("SET LOCAL search_path = " + quotedSchema);
            statement.execute("SET LOCAL check_function_bodies = on");
            // The release runs with the owner's rights, not the deploying user's.
            statement.execute("SET LOCAL ROLE " + owner);
        }
        // Granting the owner its core rights wrote catalog rows already; only what the release adds counts.
        List<String> touchedBefore = Sql.column(connection, CHANGED_OUTSIDE, schema);
        for (FacadeFile file : release.definitions()) {
            SqlFileRunner.runPipelined(connection, file, DeployException.Code.SQL_FAILED);
        }
        refuseChangesOutside(connection, schema, coreSchema, touchedBefore);
        pinSearchPaths(connection, schema);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL ROLE NONE");
        }
    }

    /**
     * Rebuilding drops the colour with CASCADE, which would silently take along anything outside
     * it that depends on it (a core column default calling a facade function, a core view on a
     * facade view). Such dependants are named and the deploy refused instead.
     */
    private static void refuseOutsideDependants(Connection connection, String schema) throws SQLException {
        List<String> dependants = Sql.column(connection, OUTSIDE_DEPENDANTS, schema);
        if (!dependants.isEmpty()) {
            throw new DeployException(DeployException.Code.TARGET_IN_USE, "cannot rebuild " + schema + ": "
                    + String.join(", ", dependants) + " outside it depend(s) on it and would be dropped with it;"
                    + " nothing outside a colour may depend on the facade: remove those dependencies first");
        }
    }

    /**
     * Facade SQL may create objects only in its colour. Catalog rows written by this transaction
     * carry its transaction id, so anything it created or altered elsewhere shows up here.
     */
    private static void refuseChangesOutside(Connection connection, String schema, String coreSchema,
                                             List<String> touchedBefore) throws SQLException {
        List<String> touched = Sql.column(connection, CHANGED_OUTSIDE, schema);
        touched.removeAll(touchedBefore);
        if (!touched.isEmpty()) {
            throw new DeployException(DeployException.Code.SOURCES_INVALID, "the release created or changed "
                    + String.join(", ", touched) + " outside its colour; a release may only define objects in"
                    + " its own colour (changes to " + coreSchema + " belong in core-schema/)");
        }
    }

    /**
     * SQL-standard bodies (BEGIN ATOMIC) are bound at creation and keep inlining; every other
     * routine is re-planned at call time with the caller's search path, so it gets its own.
     */
    private static void pinSearchPaths(Connection connection, String schema) throws SQLException {
        String path = Identifiers.quote(schema, "schema") + ", pg_temp";
        String block = """
                DO $pin$
                DECLARE r record;
                BEGIN
                  FOR r IN SELECT p.oid::regprocedure AS signature, p.prokind
                             FROM pg_proc p
                            WHERE p.pronamespace = '%s'::regnamespace AND p.prokind IN ('f', 'p', 'w')
                              AND %s
                  LOOP
                    EXECUTE format('ALTER %%s %%s SET search_path = %s',
                                   CASE r.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, r.signature);
                  END LOOP;
                END
                $pin$""".formatted(Identifiers.check(schema, "schema"), sqlBodyFilter(connection),
                path.replace("'", "''"));
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            statement.execute(block);
        }
    }

    private static String sqlBodyFilter(Connection connection) throws SQLException {
        // prosqlbody exists from PostgreSQL 14 on, the oldest version supported.
        return connection.getMetaData().getDatabaseMajorVersion() >= 14 ? "p.prosqlbody IS NULL" : "true";
    }

    /**
     * Grants the colour to the application roles: USAGE, SELECT on every view, EXECUTE on every
     * routine, and INSERT, UPDATE, DELETE only on the views declared writable (WITH CHECK OPTION,
     * or INSTEAD OF triggers). Routines are taken away from PUBLIC: they may be SECURITY DEFINER.
     */
    static void grant(Connection connection, String schema, List<String> roles) throws SQLException {
        String quotedSchema = Identifiers.quote(schema, "schema");
        List<String> writable = writableViews(connection, schema);
        try (Statement statement = connection.createStatement()) {
            statement.execute("REVOKE ALL ON ALL ROUTINES IN SCHEMA " + quotedSchema + " FROM PUBLIC");
            for (String role : roles) {
                String quotedRole = Identifiers.quote(role, "application role");
                statement.execute("GRANT USAGE ON SCHEMA " + quotedSchema + " TO " + quotedRole);
                statement.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + quotedSchema + " TO " + quotedRole);
                statement.execute("GRANT EXECUTE ON ALL ROUTINES IN SCHEMA " + quotedSchema + " TO " + quotedRole);
                if (!writable.isEmpty()) {
                    statement.execute("GRANT INSERT, UPDATE, DELETE ON " + String.join(", ", writable) + " TO "
                            + quotedRole);
                }
            }
        }
    }

    /**
     * SECURITY INVOKER routines that reach into core: applications have no rights on core, so
     * these fail for them with "permission denied" even though the tests (run as the owner) pass.
     */
    static List<String> invokerRoutinesReachingCore(Connection connection, String schema, String coreSchema)
            throws SQLException {
        return Sql.column(connection, """
                SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
                  FROM pg_proc p
                 WHERE p.pronamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?) AND NOT p.prosecdef
                   AND (p.prosrc ~* ('\\m' || ? || '\\s*\\.')
                        OR EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class c ON c.oid = d.refobjid
                                    WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                      AND d.refclassid = 'pg_class'::regclass
                                      AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)))
                 ORDER BY 1""", schema,
                Identifiers.check(coreSchema, "core schema").replace("$", "\\$"), coreSchema);
    }

    /** Writable views, as schema-qualified names quoted by the server. */
    static List<String> writableViews(Connection connection, String schema) throws SQLException {
        return Sql.column(connection, """
                SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ? AND c.relkind = 'v'
                   AND (coalesce(c.reloptions, '{}') && ARRAY['check_option=local', 'check_option=cascaded']
                        OR EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND (t.tgtype & 64) <> 0))
                 ORDER BY 1""", schema);
    }
}
