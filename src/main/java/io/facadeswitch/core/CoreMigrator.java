package io.facadeswitch.core;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.ProgressReporter;
import io.facadeswitch.backup.BackupException;
import io.facadeswitch.backup.BackupLabel;
import io.facadeswitch.backup.BackupSummary;
import io.facadeswitch.backup.CoreBackup;
import io.facadeswitch.control.AuditLog;
import io.facadeswitch.db.Identifiers;
import io.facadeswitch.db.Liquibases;
import io.facadeswitch.db.Sql;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.db.SwitchLock;
import io.facadeswitch.db.ToolSession;
import io.facadeswitch.facade.ColourOwners;
import io.facadeswitch.facade.LiveReleases;
import io.facadeswitch.facade.RetiredColourCleanup;
import io.facadeswitch.reference.ReferenceRun;
import io.facadeswitch.reference.ReferenceSynchronizer;
import io.facadeswitch.reference.TableSync;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.postgresql.PGConnection;
import org.postgresql.jdbc.AutoSave;

/**
 * Applies pending core changesets with Liquibase, all of them in one transaction under the switch
 * lock, then lets {@link LiveColourGuard} judge the result before anything commits. Just before
 * the changesets run, {@link CoreBackup} backs up what they touch, in the same transaction.
 */
@Singleton
public final class CoreMigrator {

    /** The changelog every core-schema folder starts from. */
    public static final String CHANGELOG = "changelog.xml";

    private final SwitchLock lock;
    private final AuditLog audit;
    private final FacadeSwitchSettings settings;
    private final DataSource dataSource;
    private final MeterRegistry metrics;
    private final ToolSession session;
    private final ProgressReporter progress;
    private final ReferenceSynchronizer references;
    private final CoreBackup backups;
    private final AttemptBackups attempts;
    private final RetiredColourCleanup retired;

    CoreMigrator(SwitchLock lock, AuditLog audit, FacadeSwitchSettings settings, DataSource dataSource,
                 MeterRegistry metrics, ToolSession session, ProgressReporter progress,
                 ReferenceSynchronizer references, CoreBackup backups, RetiredColourCleanup retired) {
        this.retired = retired;
        this.backups = backups;
        this.attempts = new AttemptBackups(backups);
        this.progress = progress;
        this.references = references;
        this.metrics = metrics;
        this.session = session;
        this.lock = lock;
        this.audit = audit;
        this.settings = settings;
        // Unwrapped: these connections live outside any Micronaut-managed transaction.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public MigrationOutcome migrate(Path coreFolder, String actor) {
        return migrate(coreFolder, actor, BackupLabel.NONE);
    }

    /** @param label the release the changesets come with, for the backup's manifest */
    public MigrationOutcome migrate(Path coreFolder, String actor, BackupLabel label) {
        return migrate(coreFolder, actor, label, ChangesetWatch.NONE);
    }

    /** As {@link #migrate(Path, String, BackupLabel)}, telling {@code watch} about each changeset as it runs (a rehearsal's locks). */
    public MigrationOutcome migrate(Path coreFolder, String actor, BackupLabel label, ChangesetWatch watch) {
        checkFolder(coreFolder);
        long started = System.nanoTime();
        String outcome = "failed";
        // Every attempt's backup: one retried after a lock timeout, or not committed, protects nothing.
        Backing backing = new Backing(label, new ArrayList<>(), watch, new AtomicReference<>());
        BackupSummary kept = null;
        // A colour a deploy replaced and serve has not dropped yet may depend on what the changesets change.
        retired.dropLeftovers();
        try {
            MigrationOutcome result = session.isolated(() -> migrateLocked(coreFolder, actor, backing, started));
            outcome = result.changedAnything() ? "applied" : "up-to-date";
            kept = result.backup();
            return result;
        } catch (MigrationException e) {
            outcome = "refused";
            throw e;
        } catch (RuntimeException e) {
            kept = attempts.keptAfterFailure(backing.done().get(), e);
            throw e;
        } finally {
            // After the transaction, and never its failure: the changes are committed, or not, whatever the folder does.
            attempts.tidy(backing.taken(), kept);
            Timer.builder("facade_switch_migration_duration").description("core migrations, guard included")
                    .tag("outcome", outcome).register(metrics).record(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private MigrationOutcome migrateLocked(Path coreFolder, String actor, Backing backing, long started) {
        return lock.run("migrate-core", connection -> {
            MigrationOutcome outcome = applyAndGuard(connection, coreFolder, actor, backing, started);
            if (outcome.changedAnything()) {
                List<TableSync> synced = outcome.referenceData().stream().filter(t -> !t.unchanged()).toList();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("applied", outcome.applied().stream().map(PendingChangeset::toString).toList());
                details.put("referenceData", synced.stream().map(TableSync::toString).toList());
                details.put("checkedColours", outcome.checkedColours());
                details.put("backup", outcome.backup() == null ? null : outcome.backup().id());
                audit.record(actor, "migrate-core", settings.coreSchema(), outcome.applied().size() + " changeset(s)"
                                + (synced.isEmpty() ? "" : ", reference data of " + synced.size() + " table(s)"),
                        null, details, null);
            }
            backing.done().set(outcome); // only the COMMIT is left
            return outcome;
        });
    }

    /**
     * How this run backs up: for a migration, with the release's label, every attempt's backup collected; for a
     * rehearsal ({@code null}), only said.
     *
     * @param done the outcome once the work is done and only the COMMIT is left
     */
    private record Backing(BackupLabel label, List<BackupSummary> taken, ChangesetWatch watch,
                           AtomicReference<MigrationOutcome> done) {
    }

    /**
     * What {@code migrate-core} would do, done and rolled back: the pending changesets applied in a
     * transaction that never commits, and the live colours checked against them. Returns the
     * outcome migrate-core would have, or throws the refusal it would meet; changes nothing, but
     * takes the same short-lived locks (bounded by {@code facade.ddl-lock-timeout}).
     */
    public MigrationOutcome rehearse(Path coreFolder) {
        checkFolder(coreFolder);
        long started = System.nanoTime();
        return session.isolated(() -> lock.rehearse("plan of migrate-core",
                connection -> applyAndGuard(connection, coreFolder, "plan", null, started)));
    }

    /** @param backing how to back up; {@code null} for a rehearsal, which lists what it would do and backs up nothing */
    private MigrationOutcome applyAndGuard(Connection connection, Path coreFolder, String actor, Backing backing,
                                           long started) throws SQLException {
        boolean list = backing == null;
        progress.step("reading the live colours");
        prepareSchema(connection);
        LiveColourGuard guard = new LiveColourGuard(settings.coreSchema(), session, LiveReleases.load(connection));
        guard.snapshot(connection);
        CoreRecord record = CoreRecord.before(connection, settings.coreSchema(), ColourOwners.of(settings.ownerRole()));
        prepareSchema(connection);
        session.forChanges(connection);
        progress.step("applying the pending changesets of " + coreFolder);
        Update update = update(connection, coreFolder, backing);
        List<PendingChangeset> applied = update.applied();
        record.refuseChangesToDrift(connection, applied);
        prepareSchema(connection); // the catalog read pinned the search path to pg_catalog
        progress.step("synchronizing the reference data of " + coreFolder.resolve(ReferenceSynchronizer.FOLDER));
        long referenceStarted = System.nanoTime();
        ReferenceRun reference = references.synchronize(connection, coreFolder, actor, list);
        long referenceMs = (System.nanoTime() - referenceStarted) / 1_000_000;
        session.enter(connection);
        List<String> checked = List.of();
        if (!applied.isEmpty() || reference.changedRows()) {
            progress.step("checking the live colours against the new core (their tests included)");
            checked = guard.check(connection);
        }
        record.after(connection, actor);
        return new MigrationOutcome(applied, checked, reference.tables(), reference.plans(),
                referenceMs, (System.nanoTime() - started) / 1_000_000, record.drift(),
                attempts.withReferenceData(update.backup(), reference));
    }

    /** The changesets that have not run yet; changes nothing. */
    public List<PendingChangeset> pending(Path coreFolder) {
        checkFolder(coreFolder);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!schemaExists(connection)) {
                    prepareSchema(connection);
                }
                return withLiquibase(connection, coreFolder, liquibase ->
                        describe(liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression())));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new MigrationException(MigrationErrorCode.CHANGELOG_UNREADABLE,
                    "could not read the core changelog's history: " + SqlErrors.describe(e), e);
        }
    }

    /**
     * Records a changeset as applied without running it, in the caller's transaction (under the
     * switch lock): core DDL made by hand here, written back into source by {@code drift adopt}.
     *
     * @param folder    the folder the changeset file lies in, at {@code changelog}, its path relative to the
     *                  core changelog (so the record matches what migrate-core reads)
     * @param label     the label only that changeset carries
     */
    public void markApplied(Connection connection, Path folder, String changelog, String label) {
        try {
            prepareSchema(connection);
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                Database database = Liquibases.open(Liquibases.holdingOneTransaction(connection), settings.coreSchema());
                try {
                    Liquibases.markApplied(database, changelog, new DirectoryResourceAccessor(folder), label);
                } finally {
                    Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
                    LockServiceFactory.getInstance().resetAll();
                }
            });
        } catch (Exception e) {
            throw MigrationFailures.of(e);
        }
    }

    /** What the changesets did: those applied, and the backup taken before them ({@code null} when none was pending). */
    private record Update(List<PendingChangeset> applied, BackupSummary backup) {
    }

    private Update update(Connection connection, Path coreFolder, Backing backing) {
        return withLiquibase(connection, coreFolder, liquibase -> {
            List<ChangeSet> unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
            List<PendingChangeset> pending = describe(unrun);
            BackupSummary backup = null;
            if (!pending.isEmpty()) {
                progress.step("backing up what the pending changesets touch");
                backup = backUp(connection, unrun, liquibase, backing);
                try {
                    Liquibases.update(liquibase.getDatabase(), CHANGELOG, liquibase.getResourceAccessor(),
                            new ChangesetListener(connection, backing == null ? ChangesetWatch.NONE : backing.watch()));
                } catch (LiquibaseException e) {
                    throw e;
                } catch (Exception e) {
                    throw new LiquibaseException(e);
                }
            }
            return new Update(pending, backup);
        });
    }

    private BackupSummary backUp(Connection connection, List<ChangeSet> unrun, Liquibase liquibase, Backing backing) {
        try {
            // sqlFile changes read their file through the scope's resource accessor
            BackupSummary backup = Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), liquibase.getResourceAccessor()),
                    () -> backups.beforeChangesets(connection, unrun, liquibase.getDatabase(),
                            backing == null ? BackupLabel.NONE : backing.label(), backing == null));
            if (backing != null) {
                backing.taken().add(backup);
            }
            return backup;
        } catch (BackupException e) {
            throw new MigrationException(MigrationErrorCode.BACKUP_FAILED, e.getMessage(), e);
        } catch (Exception e) {
            throw MigrationFailures.of(e);
        }
    }

    private interface LiquibaseWork<T> {
        T run(Liquibase liquibase) throws LiquibaseException;
    }

    private <T> T withLiquibase(Connection connection, Path coreFolder, LiquibaseWork<T> work) {
        try {
            // Liquibase probes for its tables by querying them; inside one transaction a failed
            // probe would abort everything, so each statement gets pgjdbc's savepoint while it runs.
            PGConnection pg = connection.unwrap(PGConnection.class);
            pg.setAutosave(AutoSave.ALWAYS);
            try {
                return Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                Database database = Liquibases.open(Liquibases.holdingOneTransaction(connection), settings.coreSchema());
                try {
                    return work.run(new Liquibase(CHANGELOG, new DirectoryResourceAccessor(coreFolder), database));
                } finally {
                    // Liquibase caches what it saw; the transaction may roll back, so forget it.
                    Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
                    LockServiceFactory.getInstance().resetAll();
                }
                });
            } finally {
                pg.setAutosave(AutoSave.NEVER);
            }
        } catch (MigrationException e) {
            throw e;
        } catch (Exception e) {
            throw MigrationFailures.of(e);
        }
    }

    private static List<PendingChangeset> describe(List<ChangeSet> changeSets) {
        return changeSets.stream().map(PendingChangeset::of).toList();
    }

    private void prepareSchema(Connection connection) throws SQLException {
        String core = Identifiers.quote(settings.coreSchema(), "core schema");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + core);
            statement.execute("SET LOCAL search_path = " + core);
        }
    }

    private boolean schemaExists(Connection connection) throws SQLException {
        return !Sql.column(connection, "SELECT 1 FROM pg_namespace WHERE nspname = ?", settings.coreSchema()).isEmpty();
    }

    /** Refuses a folder without {@value #CHANGELOG}, before anything is read or sent. */
    public static void checkFolder(Path coreFolder) {
        if (!Files.isRegularFile(coreFolder.resolve(CHANGELOG))) {
            throw new MigrationException(MigrationErrorCode.CHANGELOG_UNREADABLE, "no " + CHANGELOG + " in "
                    + coreFolder.toAbsolutePath() + "; point --core-schema at the folder holding your core changelog",
                    null);
        }
    }
}
