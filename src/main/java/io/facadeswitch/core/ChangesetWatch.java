package io.facadeswitch.core;

import java.sql.Connection;

/**
 * Told before and after each changeset that {@code migrate-core} runs, on the migration's own
 * connection and inside its transaction, so it can look at what the changeset did (the locks it
 * took, say) before anything commits. What it reads must not fail the migration: it catches its own errors.
 */
public interface ChangesetWatch {

    /** Watches nothing: what a migration gets unless someone asks. */
    ChangesetWatch NONE = new ChangesetWatch() {
    };

    default void before(Connection connection, PendingChangeset changeset) {
    }

    default void after(Connection connection, PendingChangeset changeset) {
    }
}
