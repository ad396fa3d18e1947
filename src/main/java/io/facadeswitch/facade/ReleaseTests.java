package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Runs a release's tests inside the caller's transaction, under a savepoint that is always rolled
 * back: tests may write, and nothing they write survives.
 */
public final class ReleaseTests {

    private ReleaseTests() {
    }

    /**
     * What a test run showed beyond passing.
     *
     * @param uncalledPlpgsql PL/pgSQL routines of the schema that no test called; empty when the
     *                        server would not count calls (track_functions needs a superuser)
     */
    public record Coverage(Optional<List<String>> uncalledPlpgsql) {
    }

    /**
     * Runs every test file in order as the owner role, with {@code search_path} set to the colour's
     * schema only, and
     * throws a {@link DeployException} naming the first failure. Where the server allows it,
     * reports which PL/pgSQL routines of that schema the tests never called: PostgreSQL resolves
     * the names in a PL/pgSQL body only when it runs, so an uncalled routine is an unverified one.
     */
    public static Coverage run(Connection connection, FacadeRelease release, String schema, String ownerRole)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SAVEPOINT facade_release_tests");
            try {
                statement.execute("SET LOCAL search_path = " + Identifiers.quote(schema, "schema"));
                boolean counting = countRoutineCalls(statement);
                // Tests run with the rights the facade itself has, not the deploying user's.
                statement.execute("SET LOCAL ROLE " + Identifiers.quote(ownerRole, "owner role"));
                for (FacadeFile test : release.tests()) {
                    SqlFileRunner.run(connection, test, DeployException.Code.TEST_FAILED);
                }
                return new Coverage(counting ? Optional.of(uncalledPlpgsql(connection, schema)) : Optional.empty());
            } finally {
                statement.execute("ROLLBACK TO SAVEPOINT facade_release_tests");
                statement.execute("RELEASE SAVEPOINT facade_release_tests");
            }
        }
    }

    private static boolean countRoutineCalls(Statement statement) throws SQLException {
        statement.execute("SAVEPOINT facade_track_functions");
        try {
            statement.execute("SET LOCAL track_functions = 'pl'");
            statement.execute("RELEASE SAVEPOINT facade_track_functions");
            return true;
        } catch (SQLException notSuperuser) {
            statement.execute("ROLLBACK TO SAVEPOINT facade_track_functions");
            return false;
        }
    }

    private static List<String> uncalledPlpgsql(Connection connection, String schema) throws SQLException {
        return Sql.column(connection, """
                SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
                 WHERE p.pronamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
                   AND l.lanname = 'plpgsql' AND coalesce(pg_stat_get_xact_function_calls(p.oid), 0) = 0
                 ORDER BY 1""", schema).stream()
                .map(routine -> routine.replace(schema + ".", "")).toList();
    }
}
