package io.facadeswitch.core;

import java.sql.Connection;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;

/** Liquibase's listener, speaking {@link ChangesetWatch}: told on the migration's own connection. */
final class ChangesetListener extends AbstractChangeExecListener {

    private final Connection connection;
    private final ChangesetWatch watch;

    ChangesetListener(Connection connection, ChangesetWatch watch) {
        this.connection = connection;
        this.watch = watch;
    }

    @Override
    public void willRun(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.RunStatus status) {
        watch.before(connection, PendingChangeset.of(changeSet));
    }

    @Override
    public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.ExecType type) {
        watch.after(connection, PendingChangeset.of(changeSet));
    }
}
