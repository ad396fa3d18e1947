package io.facadeswitch.db;

import io.facadeswitch.Causes;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Finds PostgreSQL's own error report in an exception chain, whoever wrapped it. */
public final class SqlErrors {

    /** SQLSTATE 55P03: a lock could not be had within lock_timeout. */
    public static final String LOCK_NOT_AVAILABLE = "55P03";
    /** SQLSTATE 2BP01: an object cannot be dropped or altered because others depend on it. */
    public static final String DEPENDENT_OBJECTS_STILL_EXIST = "2BP01";

    private SqlErrors() {
    }

    public static Optional<SQLException> sqlException(Throwable error) {
        return Causes.find(error, SQLException.class);
    }

    public static Optional<ServerErrorMessage> serverMessage(Throwable error) {
        return Causes.chain(error).stream().filter(PSQLException.class::isInstance)
                .map(t -> ((PSQLException) t).getServerErrorMessage()).filter(Objects::nonNull).findFirst();
    }

    public static String sqlState(Throwable error) {
        return sqlException(error).map(SQLException::getSQLState).orElse(null);
    }

    public static boolean isLockTimeout(Throwable error) {
        return LOCK_NOT_AVAILABLE.equals(sqlState(error));
    }

    /** The server's message with its detail and hint, on one or two lines, without the stack. */
    public static String describe(Throwable error) {
        return serverText(error, true);
    }

    /**
     * The server's message and detail without its hint, for where the hint is advice the tool
     * refuses (PostgreSQL's "Use DROP ... CASCADE" after a dependency error).
     */
    public static String describeWithoutHint(Throwable error) {
        return serverText(error, false);
    }

    private static String serverText(Throwable error, boolean withHint) {
        Optional<ServerErrorMessage> server = serverMessage(error);
        if (server.isPresent()) {
            ServerErrorMessage m = server.get();
            StringBuilder text = new StringBuilder(m.getMessage());
            if (m.getDetail() != null) {
                text.append(" (").append(m.getDetail().strip().replace("\n", "; ")).append(')');
            }
            if (withHint && m.getHint() != null) {
                text.append("; hint: ").append(m.getHint());
            }
            return text.toString();
        }
        return sqlException(error).map(Throwable::getMessage).orElse(String.valueOf(error.getMessage()));
    }
}
