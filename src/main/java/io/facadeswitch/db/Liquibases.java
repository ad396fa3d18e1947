package io.facadeswitch.db;

import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.command.CommandScope;
import liquibase.command.core.ChangelogSyncCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Liquibase wiring shared by the control schema and the core schema. */
public final class Liquibases {

    /** Held so that the level set on it is not lost when the logger is garbage-collected. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        // Liquibase would otherwise phone home, and print banners and summaries on stdout, which
        // belongs to our command output.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        System.setProperty("liquibase.showSummary", "OFF");
        System.setProperty("liquibase.showSummaryOutput", "LOG");
        // Off: a failed changeset is logged by Liquibase as SEVERE with a hundred lines of stack,
        // and the tool reports it itself, in one line with what to do (the trace under --verbose).
        LIQUIBASE_LOG.setLevel(Level.OFF);
    }

    private Liquibases() {
    }

    /** Call before the first Liquibase use, so that its settings are read with ours in place. */
    public static void quiet() {
        // the static initializer does the work
    }

    /** A Liquibase database over the connection, tracking its changelog in the given schema. */
    public static Database open(Connection connection, String schema) throws DatabaseException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDefaultSchemaName(schema);
        database.setLiquibaseSchemaName(schema);
        return database;
    }

    /**
     * Applies the changelog's pending changesets, quietly: no summary on stdout, which belongs to
     * the command's own output.
     */
    public static void update(Database database, String changelog, ResourceAccessor resources)
            throws Exception {
        update(database, changelog, resources, new AbstractChangeExecListener() {
        });
    }

    /** As {@link #update(Database, String, ResourceAccessor)}, telling {@code listener} about each changeset. */
    public static void update(Database database, String changelog, ResourceAccessor resources, ChangeExecListener listener)
            throws Exception {
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.ui.name(), new LoggerUIService()),
                () -> {
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                            .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, listener)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                            .setOutput(OutputStream.nullOutputStream())
                            .execute();
                });
    }

    /**
     * Records the changelog's changesets that carry {@code label} as applied, without running
     * them: for DDL that already ran in this database by hand and now lives in source.
     */
    public static void markApplied(Database database, String changelog, ResourceAccessor resources, String label)
            throws Exception {
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.ui.name(), new LoggerUIService()),
                () -> {
                    new CommandScope(ChangelogSyncCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, changelog)
                            .addArgumentValue(DatabaseChangelogCommandStep.LABEL_FILTER_ARG, label)
                            .setOutput(OutputStream.nullOutputStream())
                            .execute();
                });
    }

    /**
     * Wraps a connection so that Liquibase's per-changeset commits, rollbacks and close do nothing:
     * the caller's transaction then holds every changeset of the run, and decides alone whether the
     * run commits. PostgreSQL's transactional DDL makes that all-or-nothing.
     */
    public static Connection holdingOneTransaction(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "commit", "close":
                    return null;
                case "rollback":
                    if (args == null || args.length == 0) {
                        return null; // the caller rolls the whole run back
                    }
                    break;
                case "setAutoCommit":
                    return null;
                case "getAutoCommit":
                    return false;
                default:
                    break;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Liquibases.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }
}
