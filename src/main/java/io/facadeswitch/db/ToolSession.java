package io.facadeswitch.db;

import io.facadeswitch.FacadeSwitchSettings;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session settings the tool's own transactions run with, and how they are won back after
 * release code ran in the same session.
 *
 * <p>Release code runs inside a security-definer sandbox, but some of what it does outlives the
 * sandbox call: a plain {@code SET} persists, prepared statements and session advisory locks
 * ignore rollbacks, a holdable cursor runs its query at commit as the session's user. So after
 * every stretch of release code the session is reset and re-pinned before the tool runs any
 * statement that resolves a name: {@code search_path = pg_catalog, pg_temp}, where neither a
 * release's functions and operators nor its temporary relations can shadow what the tool means.
 */
@Singleton
public final class ToolSession {

    private static final Logger LOG = LoggerFactory.getLogger(ToolSession.class);

    private final FacadeSwitchSettings settings;
    private final ConnectionOperations<Connection> connections;

    ToolSession(FacadeSwitchSettings settings, ConnectionOperations<Connection> connections) {
        this.settings = settings;
        this.connections = connections;
    }

    /**
     * Runs work whose transactions run release code on one connection held for the whole of it,
     * and afterwards, committed or rolled back, discards everything the session holds
     * ({@code DISCARD ALL}): temporary objects, prepared statements, advisory locks, settings.
     * A pooled connection then goes back as clean as a new one.
     */
    public <T> T isolated(Supplier<T> work) {
        return connections.executeWrite(status -> {
            try {
                return work.get();
            } finally {
                clearSession(status.getConnection());
            }
        });
    }

    private static void clearSession(Connection connection) {
        try {
            // DISCARD ALL refuses to run in a transaction block, and with auto-commit off the driver
            // opens one before any statement: the work's transactions have ended (committed or rolled
            // back), so nothing is open to lose; the pool gets the connection back as it lent it.
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            try (Statement statement = connection.createStatement()) {
                // Temporary objects, prepared statements (the driver sees the tag and forgets its
                // own), settings, advisory locks and LISTENs all go.
                statement.execute("DISCARD ALL");
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            // A broken connection is discarded by the pool; one that answers was cleared above.
            LOG.debug("could not clear the session after release code: {}", e.getMessage());
        }
    }

    /**
     * The tool's own limits for the rest of the transaction: DDL lock waits, a statement timeout,
     * and the server's check that the client is still there, so that a killed command lets go of
     * the switch lock within seconds rather than when its last statement ends.
     */
    public void enter(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = " + settings.ddlLockTimeout().toMillis());
            statement.execute("SET LOCAL statement_timeout = " + settings.statementTimeout().toMillis());
            // Linux and the BSDs have it; elsewhere the server refuses any value but 0.
            statement.execute("DO $check$ BEGIN PERFORM pg_catalog.set_config('client_connection_check_interval', '"
                    + settings.clientCheckInterval().toMillis() + "', true); EXCEPTION WHEN invalid_parameter_value"
                    + " OR undefined_object THEN NULL; END $check$");
        }
    }

    /**
     * What each call into release code starts with, in its own subtransaction: its statement
     * timeout and lock wait, set anew every time, since release code may change both for itself.
     */
    public String releaseLimits() {
        return "SET LOCAL statement_timeout = " + settings.releaseStatementTimeout().toMillis()
                + "; SET LOCAL lock_timeout = " + settings.ddlLockTimeout().toMillis();
    }

    /** Statements of changesets may run longer than the tool's own. */
    public void forChanges(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL statement_timeout = " + settings.changeStatementTimeout().toMillis());
        }
    }

    /**
     * Undoes what release code may have left in the session, and returns what it left that
     * cannot simply be undone silently (cursors, prepared statements), for the caller to judge.
     * Everything here is transactional or harmless to repeat.
     */
    public Leftovers restoreAfterReleaseCode(Connection connection) throws SQLException {
        pinSearchPath(connection); // before the first name is resolved: the release may have set its own
        List<String> cursors = oneShotColumn(connection,
                "SELECT name FROM pg_catalog.pg_cursors WHERE name OPERATOR(pg_catalog.<>) ''");
        List<String> prepared = oneShotColumn(connection,
                "SELECT pg_catalog.quote_ident(name) FROM pg_catalog.pg_prepared_statements WHERE from_sql");
        try (Statement statement = connection.createStatement()) {
            // Release code may have replaced one of the driver's named statements with its own; the
            // driver sees this command's tag and prepares its statements afresh.
            statement.execute("DEALLOCATE ALL");
            // A holdable cursor would run its query at commit with the session user's rights.
            statement.execute("CLOSE ALL");
            statement.execute("RESET ALL");
            statement.execute("SET LOCAL search_path = pg_catalog, pg_temp");
            statement.execute("SET LOCAL ROLE NONE");
            statement.execute("SELECT pg_catalog.pg_advisory_unlock_all()");
            statement.execute("UNLISTEN *");
        }
        enter(connection);
        return new Leftovers(cursors, prepared);
    }

    /**
     * {@code search_path = pg_catalog, pg_temp}, for the rest of the transaction: the one path on
     * which neither a release's functions and operators nor its temporary relations and types can
     * stand in for the built-ins the tool means. A SET statement resolves no name itself.
     */
    public void pinSearchPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = pg_catalog, pg_temp");
        }
    }

    /**
     * A query sent as an unnamed statement, with every name qualified: safe to run while release
     * code may still have the session's search path and the driver's named statements in hand.
     */
    public static List<String> oneShotColumn(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        values.sort(null);
        return values;
    }

    public Duration statementTimeout() {
        return settings.statementTimeout();
    }

    /** What release code left open in the session; the session has been cleaned of it. */
    public record Leftovers(List<String> cursors, List<String> preparedStatements) {

        public boolean any() {
            return !cursors.isEmpty() || !preparedStatements.isEmpty();
        }

        public String describe() {
            StringBuilder text = new StringBuilder();
            if (!cursors.isEmpty()) {
                text.append("cursor(s) ").append(String.join(", ", cursors));
            }
            if (!preparedStatements.isEmpty()) {
                text.append(text.isEmpty() ? "" : " and ").append("prepared statement(s) ")
                        .append(String.join(", ", preparedStatements));
            }
            return text.toString();
        }
    }
}
