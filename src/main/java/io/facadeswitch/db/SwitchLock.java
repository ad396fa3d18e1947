package io.facadeswitch.db;

import io.facadeswitch.FacadeSwitchSettings;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one change to the database (migration, deploy, flip) as one transaction that holds the
 * switch's advisory lock, so operators are serialized and each change applies whole or not at all.
 *
 * <p>Inside, DDL waits for locks only for {@code facade.ddl-lock-timeout}: a migration must never
 * queue application traffic behind it. When that wait runs out, the whole transaction is rolled
 * back and tried again after a growing pause. The rest of {@link ToolSession#enter} applies too:
 * a statement timeout, and the server's check that the client is alive, so that the lock of a
 * killed command is released within seconds.
 */
@Singleton
public final class SwitchLock {

    /** The advisory lock key: "facade_switch" folded into a bigint, fixed forever. */
    static final long LOCK_KEY = 0x66616361_64655f73L;

    private static final Logger LOG = LoggerFactory.getLogger(SwitchLock.class);

    private final TransactionOperations<Connection> transactions;
    private final FacadeSwitchSettings settings;
    private final ToolSession session;

    SwitchLock(TransactionOperations<Connection> transactions, FacadeSwitchSettings settings, ToolSession session) {
        this.transactions = transactions;
        this.settings = settings;
        this.session = session;
    }

    /** Runs the work under the lock, retrying on DDL lock timeouts; returns what the work returns. */
    public <T> T run(String operation, SqlWork<T> work) {
        return locked(operation, work, false);
    }

    /**
     * Runs the work as {@link #run} does, then rolls its transaction back whatever it did: a
     * rehearsal (plan) sees what the work would change, and changes nothing. It takes the same
     * short-lived locks the work would.
     */
    public <T> T rehearse(String operation, SqlWork<T> work) {
        return locked(operation, work, true);
    }

    private <T> T locked(String operation, SqlWork<T> work, boolean rollBack) {
        Duration backoff = settings.ddlBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.executeWrite(status -> {
                    T result = inLock(status.getConnection(), operation, work);
                    if (rollBack) {
                        status.setRollbackOnly();
                    }
                    return result;
                });
            } catch (SwitchLockTimeout busy) {
                throw new DatabaseException(DatabaseErrorCode.LOCK_TIMEOUT, operation
                        + " waited " + settings.switchLockWait().toSeconds() + "s for another deploy, migration"
                        + " or flip to finish; run 'status' to see what is going on, then try again", busy);
            } catch (RuntimeException e) {
                if (!SqlErrors.isLockTimeout(e) || attempt >= settings.ddlAttempts()) {
                    if (SqlErrors.isLockTimeout(e)) {
                        throw new DatabaseException(DatabaseErrorCode.LOCK_TIMEOUT, operation
                                + " could not get its table locks within " + settings.ddlLockTimeout().toMillis()
                                + " ms in " + attempt + " attempts (" + SqlErrors.describe(e) + "); nothing was"
                                + " applied. Long transactions hold those locks: find them in pg_stat_activity,"
                                + " or raise facade.ddl-lock-timeout / facade.ddl-attempts", e);
                    }
                    throw e;
                }
                LOG.warn("{}: attempt {} could not get a lock within {} ms; retrying in {} ms",
                        operation, attempt, settings.ddlLockTimeout().toMillis(), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private <T> T inLock(Connection connection, String operation, SqlWork<T> work) {
        try (Statement statement = connection.createStatement()) {
            // Only lock_timeout bounds the wait for another operator, not a server-wide statement_timeout.
            statement.execute("SET LOCAL statement_timeout = 0");
            statement.execute("SET LOCAL lock_timeout = " + settings.switchLockWait().toMillis());
            try {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
            } catch (SQLException e) {
                if (SqlErrors.isLockTimeout(e)) {
                    throw new SwitchLockTimeout(e);
                }
                throw e;
            }
            session.enter(connection);
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseErrorCode.QUERY_FAILED,
                    operation + " failed: " + SqlErrors.describe(e), e);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(DatabaseErrorCode.LOCK_TIMEOUT, "interrupted while waiting to retry", e);
        }
    }

    private static final class SwitchLockTimeout extends RuntimeException {
        SwitchLockTimeout(SQLException cause) {
            super(cause);
        }
    }
}
