package io.facadeswitch.facade;

import io.facadeswitch.Progress;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.db.ToolSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a colour that holds a release still works, judged inside the caller's transaction (a
 * core migration's, after its changesets): every SQL routine still compiles, and the release's own
 * tests still pass. Both run in the colour's sandbox as the colour's owner, since the stored tests
 * are release code like any other, and each in a savepoint that is rolled back, so that what they
 * read is unlocked again before the next colour's turn.
 */
public final class LiveColourCheck {

    private LiveColourCheck() {
    }

    /**
     * What no longer works in {@code schema}; empty when everything does.
     *
     * @throws DeployException when a test is busy rather than broken (a lock timeout), for the
     *                         switch lock to retry the whole migration
     */
    public static List<String> problems(Connection connection, ToolSession session, FacadeRelease release,
                                        String schema, List<String> protectedSchemas) throws SQLException {
        String owner = ColourOwner.ownerOf(connection, schema);
        ColourOwner.refuseUnsafe(connection, owner);
        List<String> problems = new ArrayList<>();
        ReleaseSandbox sandbox = ReleaseSandbox.open(connection, session, schema, owner);
        ReleaseEffects effects = ReleaseEffects.watch(connection, sandbox, schema, owner, protectedSchemas);
        problems.addAll(uncompilableRoutines(connection, sandbox, schema));
        try {
            ReleaseTests.run(connection, release, schema, sandbox, effects, Progress.NONE);
        } catch (DeployException failed) {
            if (SqlErrors.isLockTimeout(failed)) {
                throw failed;
            }
            problems.add("fails its own test " + failed.getMessage());
        }
        sandbox.drop();
        return problems;
    }

    /** SQL-language routines re-validated against the migrated core, each in a rolled-back savepoint. */
    private static List<String> uncompilableRoutines(Connection connection, ReleaseSandbox sandbox, String schema)
            throws SQLException {
        List<String> broken = new ArrayList<>();
        List<String> routines = Sql.column(connection, """
                SELECT p.oid::pg_catalog.text || ' ' || p.oid::pg_catalog.regprocedure::pg_catalog.text
                  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang
                 WHERE p.pronamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ?)
                   AND l.lanname = 'sql' AND p.prokind IN ('f', 'p')
                 ORDER BY 1""", schema);
        try (Statement statement = connection.createStatement()) {
            for (String routine : routines) {
                String[] parts = routine.split(" ", 2);
                statement.execute("SAVEPOINT facade_validate");
                try {
                    sandbox.runAsOwner("SELECT pg_catalog.fmgr_sql_validator(" + Long.parseLong(parts[0])
                            + "::pg_catalog.oid)");
                } catch (SQLException e) {
                    broken.add(parts[1] + " no longer compiles: " + SqlErrors.describe(e));
                }
                statement.execute("ROLLBACK TO SAVEPOINT facade_validate");
                statement.execute("RELEASE SAVEPOINT facade_validate");
            }
        }
        sandbox.restore();
        return broken;
    }
}
