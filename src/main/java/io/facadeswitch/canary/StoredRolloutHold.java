package io.facadeswitch.canary;

import io.facadeswitch.db.DatabaseErrorCode;
import io.facadeswitch.db.DatabaseException;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.routing.RolloutHold;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells routing whether a rollout holds it, from the rollouts table. Joins the caller's
 * transaction, so a flip or a deploy asks on the connection that holds the switch lock.
 */
@Singleton
final class StoredRolloutHold implements RolloutHold {

    private final RolloutStore store;
    private final TransactionOperations<Connection> transactions;

    StoredRolloutHold(RolloutStore store, TransactionOperations<Connection> transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public Optional<Long> runningRollout() {
        return transactions.executeRead(status -> {
            try {
                return store.liveId(status.getConnection());
            } catch (SQLException e) {
                throw new DatabaseException(DatabaseErrorCode.QUERY_FAILED, "could not read the rollout in progress ("
                        + SqlErrors.describe(e) + ")", e);
            }
        });
    }
}
