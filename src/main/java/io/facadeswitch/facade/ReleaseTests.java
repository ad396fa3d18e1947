package io.facadeswitch.facade;

import io.facadeswitch.Progress;
import io.facadeswitch.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Runs a release's tests inside the caller's transaction, under a savepoint that is always rolled
 * back: tests may write (fixtures in core), and nothing they write survives. They run in the
 * colour's {@link ReleaseSandbox}, as its owner, with {@code search_path} set to the colour's
 * schema only; before the rollback, what they did outside the colour is checked like a build's
 * (catalog rows and disappeared objects; their row writes are allowed, the rollback undoes them).
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
     * Runs every test file in order and throws a {@link DeployException} naming the first failure.
     * Where the server allows it, reports which PL/pgSQL routines of that schema the tests never
     * called: PostgreSQL resolves the names in a PL/pgSQL body only when it runs, so an uncalled
     * routine is an unverified one.
     */
    static Coverage run(Connection connection, FacadeRelease release, String schema, ReleaseSandbox sandbox,
                        ReleaseEffects effects, Progress progress) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SAVEPOINT facade_release_tests");
            boolean rolledBack = false;
            try {
                boolean counting = countRoutineCalls(statement);
                if (!release.tests().isEmpty()) {
                    // Only what the tests write is judged here; the build was judged already.
                    long since = sandbox.freshMark();
                    int done = 0;
                    for (FacadeFile test : release.tests()) {
                        progress.count("running tests in " + schema + ":", ++done, release.tests().size(), test.path());
                        // Locks outlive a test statement until the tests end: stop at the first strong one.
                        sandbox.runEach(test, DeployErrorCode.TEST_FAILED, () -> {
                            sandbox.pinSearchPath();
                            effects.refuseStrongLocks(connection, "tests");
                        });
                    }
                    sandbox.restore();
                    effects.refuseOutside(connection, since, "tests", true, true);
                }
                Coverage coverage = new Coverage(counting
                        ? Optional.of(uncalledPlpgsql(connection, schema)) : Optional.empty());
                rollBack(statement);
                rolledBack = true;
                return coverage;
            } finally {
                if (!rolledBack) {
                    // A failed test: undo it, then clear what it left in the session beyond the
                    // transaction's reach, so the caller may go on in this transaction.
                    rollBack(statement);
                    sandbox.restore();
                }
            }
        }
    }

    private static void rollBack(Statement statement) throws SQLException {
        statement.execute("ROLLBACK TO SAVEPOINT facade_release_tests");
        statement.execute("RELEASE SAVEPOINT facade_release_tests");
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
                SELECT p.oid::pg_catalog.regprocedure::pg_catalog.text
                  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang
                 WHERE p.pronamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ?)
                   AND l.lanname = 'plpgsql' AND coalesce(pg_catalog.pg_stat_get_xact_function_calls(p.oid), 0) = 0
                 ORDER BY 1""", schema).stream()
                .map(routine -> routine.replace(schema + ".", "")).toList();
    }
}
