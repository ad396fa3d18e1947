package io.facadeswitch.facade;

import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.db.ToolSession;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGStatement;

/**
 * Where release code runs: inside a SECURITY DEFINER function owned by the colour's owner role,
 * in the deploy's own transaction. PostgreSQL refuses {@code SET ROLE}, {@code RESET ROLE},
 * {@code set_config('role', ...)} and {@code SET SESSION AUTHORIZATION} inside such a function
 * ("cannot set parameter within security-definer function"), so release code has the owner's
 * rights and no way back to the session's user, however powerful that user is.
 *
 * <p>Two temporary functions do it. The sandbox ({@code SECURITY DEFINER}, owned by the owner,
 * {@code search_path} the schema alone) runs an array of statements with {@code EXECUTE}. The
 * owner could alter its own function (make it SECURITY INVOKER, say) for the next call, so the
 * tool never calls it directly: it calls a runner of its own, which release code cannot alter, and
 * which checks that the sandbox is still the function it created before calling it.
 */
final class ReleaseSandbox {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connection connection;
    private final ToolSession session;
    private final String sandbox;
    private final String runner;
    private final String call;
    private final long mark;

    private ReleaseSandbox(Connection connection, ToolSession session, String sandbox, String runner, long mark) {
        this.connection = connection;
        this.session = session;
        this.sandbox = sandbox;
        this.runner = runner;
        this.mark = mark;
        this.call = "SELECT pg_temp." + runner + "(?::pg_catalog.text[])";
    }

    /** Creates the sandbox for release code that builds or tests {@code schema} as {@code ownerRole}. */
    static ReleaseSandbox open(Connection connection, ToolSession session, String schema, String ownerRole)
            throws SQLException {
        String owner = Identifiers.quote(ownerRole, "owner role");
        if (!ColourOwner.mayUseTemporaryObjects(connection, ownerRole)) {
            throw new DeployException(DeployErrorCode.OWNER_ROLE_UNSAFE, "the owner role " + ownerRole
                    + " may not create temporary objects, and release code runs in a temporary function owned by"
                    + " it: run GRANT TEMPORARY ON DATABASE <database> TO " + ownerRole);
        }
        String nonce = HexFormat.of().formatHex(nextBytes(6));
        String sandbox = "facade_sandbox_" + nonce;
        String runner = "facade_release_" + nonce;
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            statement.execute("SET LOCAL ROLE " + owner);
            statement.execute("CREATE FUNCTION pg_temp." + sandbox + "(statements pg_catalog.text[])"
                    + " RETURNS pg_catalog.void LANGUAGE plpgsql SECURITY DEFINER"
                    + " SET search_path = " + Identifiers.quote(schema, "schema")
                    + " SET check_function_bodies = on AS $sandbox$\n"
                    + "DECLARE q pg_catalog.text;\n"
                    + "BEGIN\n"
                    + "    FOREACH q IN ARRAY statements LOOP\n"
                    + "        EXECUTE q;\n"
                    + "    END LOOP;\n"
                    + "END\n"
                    + "$sandbox$");
            statement.execute("SET LOCAL ROLE NONE");
        }
        List<String> created = Sql.column(connection, """
                SELECT p.oid::text || ',' || p.proowner::text || ',' || pg_catalog.md5(p.prosrc) || ','
                       || pg_catalog.md5(p.proconfig::pg_catalog.text)
                  FROM pg_catalog.pg_proc p
                 WHERE p.proname = ? AND p.pronamespace = pg_catalog.pg_my_temp_schema()""", sandbox);
        String[] fact = created.get(0).split(",");
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            // In a subtransaction of its own, so that its id marks where the release code begins.
            statement.execute("SAVEPOINT facade_mark");
            // Every value below came from the server as digits or hex; nothing else is interpolated.
            statement.execute("CREATE FUNCTION pg_temp." + runner + "(statements pg_catalog.text[])"
                    + " RETURNS pg_catalog.void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $runner$\n"
                    + "BEGIN\n"
                    + "    IF NOT EXISTS (SELECT FROM pg_catalog.pg_proc p WHERE p.oid = " + digits(fact[0])
                    + " AND p.proname = '" + sandbox + "' AND p.pronamespace = pg_catalog.pg_my_temp_schema()"
                    + " AND p.prosecdef AND p.proowner = " + digits(fact[1])
                    + " AND p.prolang = (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'plpgsql')"
                    + " AND pg_catalog.md5(p.prosrc) = '" + hex(fact[2]) + "'"
                    + " AND pg_catalog.md5(p.proconfig::pg_catalog.text) = '" + hex(fact[3]) + "') THEN\n"
                    + "        RAISE EXCEPTION 'release code altered the function that runs it'"
                    + " USING ERRCODE = 'insufficient_privilege',"
                    + " HINT = 'a release may not alter, rename or drop routines outside its colour';\n"
                    + "    END IF;\n"
                    + "    PERFORM pg_temp." + sandbox + "(statements);\n"
                    + "END\n"
                    + "$runner$");
            statement.execute("RELEASE SAVEPOINT facade_mark");
        }
        long mark = xidOf(connection, runner) + 1;
        return new ReleaseSandbox(connection, session, sandbox, runner, mark);
    }

    /**
     * The first transaction id release code can write with: every subtransaction it runs in is
     * younger than the one that created the runner.
     */
    long mark() {
        return mark;
    }

    /**
     * A mark for what release code writes from now on (a later stretch of it, such as the tests),
     * taken the same way: the id of a fresh subtransaction that writes a catalog row and takes it
     * back.
     */
    long freshMark() throws SQLException {
        String probe = "facade_mark_" + HexFormat.of().formatHex(nextBytes(6));
        try (Statement statement = connection.createStatement()) {
            statement.execute("SAVEPOINT facade_mark");
            statement.execute("CREATE FUNCTION pg_temp." + probe + "() RETURNS pg_catalog.void LANGUAGE sql AS ''");
            long xid = xidOf(connection, probe);
            statement.execute("DROP FUNCTION pg_temp." + probe + "()");
            statement.execute("RELEASE SAVEPOINT facade_mark");
            return xid + 1;
        }
    }

    /** The full (epoch-qualified) id of the subtransaction that created a temporary function. */
    private static long xidOf(Connection connection, String function) throws SQLException {
        long top = Long.parseLong(Sql.column(connection, "SELECT pg_catalog.pg_current_xact_id()::pg_catalog.text").get(0));
        long xmin = Long.parseLong(Sql.column(connection, "SELECT p.xmin::pg_catalog.text FROM pg_catalog.pg_proc p"
                + " WHERE p.proname = ? AND p.pronamespace = pg_catalog.pg_my_temp_schema()", function).get(0));
        return (top & ~0xFFFFFFFFL) + xmin + (xmin < (top & 0xFFFFFFFFL) ? 1L << 32 : 0);
    }

    /**
     * Runs a file's statements in one call (one round trip). When that fails, the file is rolled
     * back to a savepoint and run again statement by statement, to name the failing one.
     */
    void runFile(FacadeFile file, DeployErrorCode failure) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SAVEPOINT facade_file");
            try {
                execute(file.statements().stream().map(SqlStatement::text).toArray(String[]::new));
                statement.execute("RELEASE SAVEPOINT facade_file");
                return;
            } catch (SQLException failed) {
                if (SqlErrors.isLockTimeout(failed)) {
                    // Not the file's fault: the switch lock retries the whole deploy after a pause.
                    throw new DeployException(failure, file.path() + ": " + SqlErrors.describe(failed), file.path(),
                            null, failed.getSQLState(), failed);
                }
                statement.execute("ROLLBACK TO SAVEPOINT facade_file");
                statement.execute("RELEASE SAVEPOINT facade_file");
            }
        } catch (SQLException e) {
            throw new DeployException(failure, file.path() + ": " + SqlErrors.describe(e), file.path(), null,
                    e.getSQLState(), e);
        }
        runEach(file, failure);
    }

    /** Runs a file's statements one call each; the first failure names its file, line and SQLSTATE. */
    void runEach(FacadeFile file, DeployErrorCode failure) {
        runEach(file, failure, () -> { });
    }

    /** As {@link #runEach(FacadeFile, DeployErrorCode)}, judging what each statement left with {@code after}. */
    void runEach(FacadeFile file, DeployErrorCode failure, AfterStatement after) {
        for (SqlStatement sql : file.statements()) {
            try {
                execute(sql.text());
                after.check();
            } catch (SQLException e) {
                throw SqlFileErrors.failure(file, sql, e, failure);
            } catch (DeployException refused) {
                throw new DeployException(refused.reason(), file.path() + ":" + sql.line() + ": "
                        + refused.getMessage(), file.path(), sql.line(), null, refused);
            }
        }
    }

    /** A check run between two statements of release code, with the session's search path pinned. */
    interface AfterStatement {
        void check() throws SQLException;
    }

    /** Runs tool-made statements (a validator call, say) as the owner, without the session's rights. */
    void runAsOwner(String... statements) throws SQLException {
        execute(statements);
    }

    /**
     * One call into the sandbox, in a subtransaction of its own: whatever release code writes gets
     * an id younger than the {@link #mark()}, so {@link ReleaseEffects} sees it, and the call has
     * its own statement timeout and lock wait, set anew, since release code may change them. A
     * failure leaves the subtransaction for the caller's savepoint or transaction to roll back.
     */
    private void execute(String... statements) throws SQLException {
        try (Statement control = connection.createStatement();
             PreparedStatement run = connection.prepareStatement(call)) {
            control.execute("SAVEPOINT facade_release_code; " + session.releaseLimits());
            // Never a named server-side statement: release code could replace a named one with its own.
            run.unwrap(PGStatement.class).setPrepareThreshold(0);
            Array array = connection.createArrayOf("text", statements);
            try {
                run.setArray(1, array);
                run.execute();
            } finally {
                array.free();
            }
            control.execute("RELEASE SAVEPOINT facade_release_code");
        }
    }

    /** Pins the session's search path between two calls; the sandbox sets its own inside each call. */
    void pinSearchPath() throws SQLException {
        session.pinSearchPath(connection);
    }

    /** Wins the session back after release code ran; see {@link ToolSession#restoreAfterReleaseCode}. */
    ToolSession.Leftovers restore() throws SQLException {
        return session.restoreAfterReleaseCode(connection);
    }

    /**
     * Drops both functions once the release code is done. Temporary functions live as long as the
     * session, and a pooled session outlives the deploy; a rolled-back deploy takes them along.
     */
    void drop() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP FUNCTION IF EXISTS pg_temp." + runner + "(pg_catalog.text[])");
            statement.execute("DROP FUNCTION IF EXISTS pg_temp." + sandbox + "(pg_catalog.text[])");
        }
    }

    private static byte[] nextBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String digits(String value) {
        if (!value.matches("[0-9]+")) {
            throw new IllegalStateException("expected digits from pg_proc, got " + value);
        }
        return value;
    }

    private static String hex(String value) {
        if (!value.matches("[0-9a-f]{32}")) {
            throw new IllegalStateException("expected an md5 from the server, got " + value);
        }
        return value;
    }
}
