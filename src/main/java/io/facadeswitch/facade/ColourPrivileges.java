package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may use a colour. Only the deployer grants: USAGE on the schema, SELECT on every view,
 * EXECUTE on every routine, and INSERT, UPDATE, DELETE only on the views declared writable (WITH
 * CHECK OPTION, or INSTEAD OF triggers), each to the application roles and nobody else. A release
 * that granted anything itself is refused.
 */
final class ColourPrivileges {

    private ColourPrivileges() {
    }

    /** Grants the colour to the application roles; routines are taken away from PUBLIC (they may be SECURITY DEFINER). */
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
     * After {@link #grant}: the colour's privileges are exactly the deployer's. Every privilege on
     * its schema, relations, routines and types is its owner's, or one the deployer grants an
     * application role (USAGE on the schema, SELECT on relations, INSERT, UPDATE and DELETE on
     * writable views, EXECUTE on routines, USAGE on types), granted by the owner and without grant
     * option; no column has privileges of its own. Anything else (a grant to PUBLIC or another
     * role, a column grant, a grant option a release made with dynamic SQL) refuses the deploy.
     */
    static void refuseForeignGrants(Connection connection, String schema, String owner, List<String> roles)
            throws SQLException {
        List<String> foreign = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                WITH ns AS (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ?),
                owner AS (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = ?),
                apps AS (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = ANY (?::pg_catalog.text[])),
                writable AS (SELECT c.oid FROM pg_catalog.pg_class c
                              WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind = 'v'
                                AND (coalesce(c.reloptions, '{}') && ARRAY['check_option=local', 'check_option=cascaded']
                                     OR EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t
                                                 WHERE t.tgrelid = c.oid AND (t.tgtype & 64) <> 0))),
                acl AS (
                    SELECT 'schema ' || n.nspname::pg_catalog.text AS object, 'n' AS kind, n.oid AS objoid, a.*
                      FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a WHERE n.oid IN (SELECT oid FROM ns)
                    UNION ALL
                    SELECT 'relation ' || c.relname::pg_catalog.text, 'r', c.oid, a.*
                      FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a WHERE c.relnamespace IN (SELECT oid FROM ns)
                    UNION ALL
                    SELECT 'routine ' || p.oid::pg_catalog.regprocedure::pg_catalog.text, 'f', p.oid, a.*
                      FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a WHERE p.pronamespace IN (SELECT oid FROM ns)
                    UNION ALL
                    SELECT 'type ' || t.typname::pg_catalog.text, 't', t.oid, a.*
                      FROM pg_catalog.pg_type t, pg_catalog.aclexplode(t.typacl) a WHERE t.typnamespace IN (SELECT oid FROM ns))
                SELECT DISTINCT object || ' grants ' || privilege_type || CASE WHEN is_grantable THEN ' WITH GRANT OPTION'
                       ELSE '' END || ' to ' || CASE WHEN grantee = 0 THEN 'PUBLIC'
                       ELSE grantee::pg_catalog.regrole::pg_catalog.text END
                  FROM acl
                 WHERE grantee NOT IN (SELECT oid FROM owner)
                   AND NOT (grantee IN (SELECT oid FROM apps) AND NOT is_grantable AND grantor IN (SELECT oid FROM owner)
                            AND ((kind = 'n' AND privilege_type = 'USAGE')
                              OR (kind = 'r' AND privilege_type = 'SELECT')
                              OR (kind = 'r' AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE')
                                  AND objoid IN (SELECT oid FROM writable))
                              OR (kind = 'f' AND privilege_type = 'EXECUTE')
                              OR (kind = 't' AND privilege_type = 'USAGE')))
                UNION ALL
                SELECT 'column ' || c.relname::pg_catalog.text || '.' || a.attname::pg_catalog.text
                       || ' has privileges of its own (' || a.attacl::pg_catalog.text || ')'
                  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
                 WHERE c.relnamespace IN (SELECT oid FROM ns) AND a.attacl IS NOT NULL
                 ORDER BY 1""")) {
            query.setString(1, schema);
            query.setString(2, owner);
            query.setArray(3, connection.createArrayOf("text", roles.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    foreign.add(rows.getString(1).replace(schema + ".", ""));
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new DeployException(DeployErrorCode.REACHED_OUTSIDE, "the release granted privileges itself: "
                    + String.join(", ", foreign.subList(0, Math.min(20, foreign.size())))
                    + "; only the deployer grants a colour, to the application roles (--app-role), so remove the"
                    + " GRANT from the release");
        }
    }

    /**
     * SECURITY INVOKER routines that reach into core: applications have no rights on core, so
     * these fail for them with "permission denied" even though the tests (run as the owner) pass.
     */
    static List<String> invokerRoutinesReachingCore(Connection connection, String schema, String coreSchema)
            throws SQLException {
        return Sql.column(connection, """
                SELECT p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'
                  FROM pg_catalog.pg_proc p
                 WHERE p.pronamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ?) AND NOT p.prosecdef
                   AND (p.prosrc ~* ('\\m' || ? || '\\s*\\.')
                        OR EXISTS (SELECT 1 FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class c ON c.oid = d.refobjid
                                    WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid
                                      AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                      AND c.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ?)))
                 ORDER BY 1""", schema,
                Identifiers.check(coreSchema, "core schema").replace("$", "\\$"), coreSchema);
    }

    /** Writable views, as schema-qualified names quoted by the server. */
    static List<String> writableViews(Connection connection, String schema) throws SQLException {
        return Sql.column(connection, """
                SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)
                  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ? AND c.relkind = 'v'
                   AND (coalesce(c.reloptions, '{}') && ARRAY['check_option=local', 'check_option=cascaded']
                        OR EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid AND (t.tgtype & 64) <> 0))
                 ORDER BY 1""", schema);
    }
}
