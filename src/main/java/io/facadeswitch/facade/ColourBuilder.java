package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
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

    private ColourBuilder() {
    }

    static void build(Connection connection, String schema, String coreSchema, FacadeRelease release)
            throws SQLException {
        String quotedSchema = Identifiers.quote(schema, "schema");
        String quotedCore = Identifiers.quote(coreSchema, "core schema");
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + quotedSchema + " CASCADE");
            statement.execute("CREATE SCHEMA " + quotedSchema);
            statement.execute("SET LOCAL search_path = " + quotedSchema + ", " + quotedCore);
            statement.execute("SET LOCAL check_function_bodies = on");
        }
        for (FacadeFile file : release.definitions()) {
            SqlFileRunner.runPipelined(connection, file, DeployException.Code.SQL_FAILED);
        }
        pinSearchPaths(connection, schema, coreSchema);
    }

    /**
     * SQL-standard bodies (BEGIN ATOMIC) are bound at creation and keep inlining; every other
     * routine is re-planned at call time with the caller's search path, so it gets its own.
     */
    private static void pinSearchPaths(Connection connection, String schema, String coreSchema) throws SQLException {
        String path = Identifiers.quote(schema, "schema") + ", " + Identifiers.quote(coreSchema, "core schema")
                + ", pg_temp";
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

    /** Grants the schema's objects to the application roles and takes routines away from PUBLIC. */
    static void grant(Connection connection, String schema, List<String> roles) throws SQLException {
        String quotedSchema = Identifiers.quote(schema, "schema");
        try (Statement statement = connection.createStatement()) {
            statement.execute("REVOKE ALL ON ALL ROUTINES IN SCHEMA " + quotedSchema + " FROM PUBLIC");
            for (String role : roles) {
                String quotedRole = Identifiers.quote(role, "application role");
                statement.execute("GRANT USAGE ON SCHEMA " + quotedSchema + " TO " + quotedRole);
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + quotedSchema
                        + " TO " + quotedRole);
                statement.execute("GRANT EXECUTE ON ALL ROUTINES IN SCHEMA " + quotedSchema + " TO " + quotedRole);
            }
        }
    }
}
