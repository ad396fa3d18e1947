package io.facadeswitch.db;

import com.zaxxer.hikari.pool.HikariPool;
import io.facadeswitch.Causes;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.ServerErrorMessage;

/**
 * Why the tool could not connect to the database it was given, in the operator's terms: where,
 * what the server (or the network) said, and what to check. The pool and the framework wrap
 * pgjdbc's exception in several layers; only its SQLSTATE and message mean anything here.
 */
public final class ConnectionFailures {

    /** SQLSTATE class 08: the connection itself (refused, unknown host, no answer, TLS). */
    static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** SQLSTATE class 28: the server refused the login (no such role, pg_hba.conf). */
    static final String INVALID_AUTHORIZATION_CLASS = "28";
    static final String INVALID_PASSWORD = "28P01";
    static final String INVALID_CATALOG_NAME = "3D000";
    static final String TOO_MANY_CONNECTIONS = "53300";
    static final String CANNOT_CONNECT_NOW = "57P03";

    private static final String CHECK_ADDRESS = "check the host and port in --db-url (FACADE_DB_URL), and that"
            + " PostgreSQL runs there and accepts TCP/IP connections";

    private ConnectionFailures() {
    }

    /**
     * The failure to tell when {@code error} (from starting the services) is a connection that
     * could not be made to {@code url}; empty for anything else.
     */
    public static Optional<DatabaseException> describe(String url, Throwable error) {
        Optional<SQLException> sql = SqlErrors.sqlException(error);
        if (sql.isEmpty() || !(connecting(sql.get().getSQLState()) || openingPool(error))) {
            return Optional.empty();
        }
        String state = sql.get().getSQLState();
        String message = "cannot connect to " + where(url) + ": " + cause(sql.get()) + "; " + whatToDo(state);
        return Optional.of(new DatabaseException(DatabaseErrorCode.CONNECTION_FAILED, message, error));
    }

    private static boolean connecting(String state) {
        return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS)
                || state.startsWith(INVALID_AUTHORIZATION_CLASS) || INVALID_CATALOG_NAME.equals(state)
                || TOO_MANY_CONNECTIONS.equals(state) || CANNOT_CONNECT_NOW.equals(state));
    }

    /** The pool's first connection failed for a reason of the driver's own (an option it cannot read, say). */
    private static boolean openingPool(Throwable error) {
        return Causes.find(error, HikariPool.PoolInitializationException.class).isPresent();
    }

    /** {@code jdbc:postgresql://u:pw@db:5432/app?ssl=true} as {@code db:5432/app}: no credentials, no options. */
    static String where(String url) {
        String shown = ConnectionSettings.redact(url).replaceFirst("^jdbc:postgresql:(//)?", "");
        int query = shown.indexOf('?');
        shown = query < 0 ? shown : shown.substring(0, query);
        int at = shown.lastIndexOf('@');
        return at < 0 ? shown : shown.substring(at + 1);
    }

    /** The server's own sentence when it answered; otherwise what the network said. */
    private static String cause(SQLException sql) {
        ServerErrorMessage server = SqlErrors.serverMessage(sql).orElse(null);
        if (server != null && server.getMessage() != null) {
            return server.getMessage();
        }
        for (Throwable t : Causes.chain(sql)) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof SocketTimeoutException) {
                return "no answer in time";
            }
        }
        String message = String.valueOf(sql.getMessage()).strip();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static String whatToDo(String state) {
        if (state == null) {
            return "check --db-url (FACADE_DB_URL) and its options";
        }
        if (INVALID_CATALOG_NAME.equals(state)) {
            return "create that database, or name an existing one in --db-url (FACADE_DB_URL)";
        }
        if (INVALID_PASSWORD.equals(state)) {
            return "check --db-user (FACADE_DB_USER) and the password (FACADE_DB_PASSWORD)";
        }
        if (state.startsWith(INVALID_AUTHORIZATION_CLASS)) {
            return "check --db-user (FACADE_DB_USER), and that the server's pg_hba.conf lets that user in from here";
        }
        if (TOO_MANY_CONNECTIONS.equals(state)) {
            return "the server has no connection left: try again later, or raise its max_connections";
        }
        if (CANNOT_CONNECT_NOW.equals(state)) {
            return "the server is starting up or shutting down: try again in a moment";
        }
        return state.startsWith(CONNECTION_EXCEPTION_CLASS) ? CHECK_ADDRESS
                : "check --db-url (FACADE_DB_URL), --db-user (FACADE_DB_USER) and the password (FACADE_DB_PASSWORD)";
    }
}
