package io.facadeswitch.facade;

import io.facadeswitch.db.SqlErrors;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.ServerErrorMessage;

/** Turns the failure of one statement of a release file into a {@link DeployException} naming file, line and SQLSTATE. */
final class SqlFileErrors {

    private static final Pattern INLINE_BLOCK_LINE = Pattern.compile("inline_code_block line (\\d+)");
    /** What PostgreSQL says when code in a security-definer function tries to change role. */
    private static final String ROLE_CHANGE = "within security-definer function";
    /** SQLSTATE 53200: the shared lock table (or other shared memory) is full. */
    private static final String OUT_OF_SHARED_MEMORY = "53200";

    private SqlFileErrors() {
    }

    static DeployException failure(FacadeFile file, SqlStatement sql, SQLException error, DeployErrorCode code) {
        int line = errorLine(file, sql, error);
        String state = error.getSQLState();
        String what = code == DeployErrorCode.TEST_FAILED ? "test failed" : "failed";
        String message = file.path() + ":" + line + ": " + what + ": " + SqlErrors.describe(error)
                + " [SQLSTATE " + state + "]";
        if (OUT_OF_SHARED_MEMORY.equals(state)) {
            message += "; a deploy builds the whole colour in one transaction, which holds about two locks per view"
                    + " until it commits: raise max_locks_per_transaction (at 64, with 100 connections, about 6,000"
                    + " views fit)";
        } else if (SqlErrors.describe(error).contains(ROLE_CHANGE)) {
            message += "; release code runs with the colour owner's rights and may not change its role or session";
        }
        return new DeployException(code, message, file.path(), line, state, error);
    }

    /**
     * The file line the server's error points at: its position in the statement (reported as an
     * internal position, since release code runs through EXECUTE), or a line of a DO block.
     */
    static int errorLine(FacadeFile file, SqlStatement sql, SQLException error) {
        ServerErrorMessage server = SqlErrors.serverMessage(error).orElse(null);
        if (server == null) {
            return sql.line();
        }
        // The server counts characters (code points); Java strings count UTF-16 units.
        int position = server.getPosition();
        if (position <= 0 && sql.text().equals(server.getInternalQuery())) {
            position = server.getInternalPosition();
        }
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
