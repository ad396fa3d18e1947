package io.facadeswitch.facade;

import io.facadeswitch.db.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.ServerErrorMessage;

/** Runs a file's statements one by one; a failure becomes a {@link DeployException} naming file, line and SQLSTATE. */
final class SqlFileRunner {

    private static final Pattern INLINE_BLOCK_LINE = Pattern.compile("inline_code_block line (\\d+)");

    private SqlFileRunner() {
    }

    static void run(Connection connection, FacadeFile file, DeployException.Code failure) {
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            for (SqlStatement sql : file.statements()) {
                try {
                    statement.execute(sql.text());
                } catch (SQLException e) {
                    throw failure(file, sql, e, failure);
                }
            }
        } catch (SQLException e) {
            throw new DeployException(failure, file.path() + ": " + SqlErrors.describe(e), file.path(), null,
                    e.getSQLState(), e);
        }
    }

    /**
     * Runs a file's statements as one pipelined batch: one round trip instead of one per
     * statement. When the batch fails, the file is rolled back to its savepoint and run again
     * statement by statement, which names the failing statement, or runs the statements a batch
     * cannot (those that return rows).
     */
    static void runPipelined(Connection connection, FacadeFile file, DeployException.Code failure) {
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            statement.execute("SAVEPOINT facade_file");
            for (SqlStatement sql : file.statements()) {
                statement.addBatch(sql.text());
            }
            try {
                statement.executeBatch();
                statement.execute("RELEASE SAVEPOINT facade_file");
                return;
            } catch (SQLException batchFailed) {
                SQLException cause = batchFailed.getNextException() != null ? batchFailed.getNextException() : batchFailed;
                if (SqlErrors.isLockTimeout(cause)) {
                    // Not the file's fault: the switch lock retries the whole deploy after a pause.
                    throw new DeployException(failure, file.path() + ": " + SqlErrors.describe(cause), file.path(),
                            null, cause.getSQLState(), cause);
                }
                statement.clearBatch();
                statement.execute("ROLLBACK TO SAVEPOINT facade_file");
                statement.execute("RELEASE SAVEPOINT facade_file");
            }
        } catch (SQLException e) {
            throw new DeployException(failure, file.path() + ": " + SqlErrors.describe(e), file.path(), null,
                    e.getSQLState(), e);
        }
        run(connection, file, failure);
    }

    static DeployException failure(FacadeFile file, SqlStatement sql, SQLException error, DeployException.Code code) {
        int line = errorLine(file, sql, error);
        String state = error.getSQLState();
        String what = code == DeployException.Code.TEST_FAILED ? "test failed" : "failed";
        String message = file.path() + ":" + line + ": " + what + ": " + SqlErrors.describe(error)
                + " [SQLSTATE " + state + "]";
        return new DeployException(code, message, file.path(), line, state, error);
    }

    /** The file line the server's error points at: its position in the statement, or a line of a DO block. */
    static int errorLine(FacadeFile file, SqlStatement sql, SQLException error) {
        ServerErrorMessage server = SqlErrors.serverMessage(error).orElse(null);
        if (server == null) {
            return sql.line();
        }
        // The server counts characters (code points); Java strings count UTF-16 units.
        int position = server.getPosition();
        if (position > 0 && position <= sql.text().codePointCount(0, sql.text().length())) {
            return SqlScript.lineOf(file.content(), sql.offset() + sql.text().offsetByCodePoints(0, position - 1));
        }
        if (sql.startsWith("DO") && server.getWhere() != null) {
            Matcher m = INLINE_BLOCK_LINE.matcher(server.getWhere());
            int bodyStart = sql.text().indexOf('$');
            if (m.find() && bodyStart >= 0) {
                int bodyLine = SqlScript.lineOf(file.content(), sql.offset() + bodyStart);
                return bodyLine + Integer.parseInt(m.group(1)) - 1;
            }
        }
        return sql.line();
    }
}
