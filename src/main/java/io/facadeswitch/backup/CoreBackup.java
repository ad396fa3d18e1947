package io.facadeswitch.backup;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.backup.BackupManifest.BackupTable;
import io.facadeswitch.backup.CoreTables.CoreTable;
import io.facadeswitch.backup.PendingTargets.Targets;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.environment.Environment;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protects what pending core changesets touch, in the migration's own transaction just before
 * they run: a restore point where the server allows one, and a copy of each touched table up to
 * {@code facade.backup.max-table-size}. The copied tables are locked from before their copy to
 * the end of the migration, so no row written between the copy and the changeset is missing from
 * the backup (the transaction is READ COMMITTED: one transaction alone would not hold its
 * snapshot). A table the changesets alter or drop is locked {@code ACCESS EXCLUSIVE}, the lock
 * they take anyway: a weaker lock first and the upgrade later would deadlock with an application
 * transaction that read the table and then waits to write it. A table whose rows alone change is
 * locked {@code SHARE}: readers go on, writers wait.
 */
@Singleton
public final class CoreBackup {

    private static final Logger LOG = LoggerFactory.getLogger(CoreBackup.class);

    private final BackupSettings settings;
    private final FacadeSwitchSettings facade;
    private final CurrentEnvironment environment;
    private final ObjectMapper json;
    private final Clock clock;

    CoreBackup(BackupSettings settings, FacadeSwitchSettings facade, CurrentEnvironment environment, ObjectMapper json) {
        this.settings = settings;
        this.facade = facade;
        this.environment = environment;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** The mode in force: the environment's {@code backup:} when it gives one, else {@code facade.backup.mode}. */
    public BackupMode mode() {
        return environment.environment().map(Environment::backup).flatMap(BackupMode::ofWord).orElse(settings.mode());
    }

    /**
     * Backs up what the pending changesets touch, or (rehearsing for {@code plan}) says what it would back up.
     *
     * @throws BackupException {@code BACKUP_WRITE_FAILED} when the backup failed and the mode is required; nothing
     *                         of the backup is left behind
     * @throws SQLException    a lock timeout, for the caller to retry the whole run with
     */
    public BackupSummary beforeChangesets(Connection connection, List<ChangeSet> pending, Database database,
                                          BackupLabel label, boolean rehearsal) throws SQLException {
        BackupMode mode = mode();
        if (mode == BackupMode.OFF) {
            return BackupSummary.of(BackupSummary.OFF, List.of());
        }
        String schema = facade.coreSchema();
        Map<String, CoreTable> tables = CoreTables.of(connection, schema);
        Targets targets = PendingTargets.of(pending, database, schema, tables.keySet());
        if (targets.tables().isEmpty()) {
            return BackupSummary.of(BackupSummary.NOTHING_TO_PROTECT, targets.warnings());
        }
        List<CoreTable> copied = new ArrayList<>();
        List<CoreTable> over = new ArrayList<>();
        targets.tables().keySet().forEach(name -> (tables.get(name).bytes() > settings.maxTableBytes() ? over : copied)
                .add(tables.get(name)));
        if (rehearsal) {
            return new BackupSummary(BackupSummary.PLANNED, null, null, names(copied), names(over), null,
                    targets.warnings(), 0);
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
            BackupSummary taken = take(connection, pending, label, targets, copied, over);
            connection.releaseSavepoint(savepoint);
            return taken;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback(savepoint);
            if (SqlErrors.isLockTimeout(e)) {
                throw e instanceof SQLException sql ? sql : new SQLException(e.getMessage(), SqlErrors.LOCK_NOT_AVAILABLE, e);
            }
            String what = e instanceof BackupException refused ? refused.getMessage() : describe(e);
            if (mode == BackupMode.OPTIONAL) {
                LOG.warn("the backup before the core migration failed, and the migration goes on (backup: optional): {}",
                        what);
                List<String> warnings = new ArrayList<>(targets.warnings());
                warnings.add("the backup failed, and the migration went on because backup is optional: " + what);
                return BackupSummary.of(BackupSummary.FAILED, warnings);
            }
            throw new BackupException(BackupErrorCode.WRITE_FAILED, "the backup before the migration failed: " + what
                    + "; nothing was migrated. Fix that and run migrate-core again, or, to migrate without a backup,"
                    + " write backup: optional for this environment in facade-switch.yaml (or set"
                    + " FACADE_BACKUP_MODE=optional)", e);
        }
    }

    private BackupSummary take(Connection connection, List<ChangeSet> pending, BackupLabel label, Targets targets,
                               List<CoreTable> copied, List<CoreTable> over) throws SQLException, IOException {
        Instant now = clock.instant();
        long started = System.nanoTime();
        String id = BackupStore.newId(now);
        List<String> warnings = new ArrayList<>(targets.warnings());
        String restorePoint = "facade_switch_" + id;
        String lsn = null;
        String noRestorePoint = null;
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_create_restore_point(?)::text")) {
            statement.setString(1, restorePoint);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                lsn = row.getString(1);
            }
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            connection.rollback(savepoint);
            noRestorePoint = SqlErrors.describe(e);
            restorePoint = null;
            warnings.add("no restore point: " + noRestorePoint);
        }
        for (CoreTable table : over) {
            String size = BackupSettings.shown(table.bytes()) + ", over facade.backup.max-table-size ("
                    + settings.maxTableSize() + ")";
            if (restorePoint == null) {
                throw new BackupException(BackupErrorCode.WRITE_FAILED, "table " + table.name() + " is " + size
                        + ", so it is not copied, and the server made no restore point either (" + noRestorePoint
                        + "): nothing would protect it. Raise FACADE_BACKUP_MAX_TABLE_SIZE, or let this user create"
                        + " restore points (GRANT EXECUTE ON FUNCTION pg_create_restore_point(text), wal_level replica)",
                        null);
            }
            warnings.add("table " + table.name() + " is " + size + ": not copied, only restore point " + restorePoint
                    + " protects it");
        }
        DatabaseIdentity database = DatabaseIdentity.of(connection);
        lock(connection, copied, targets);
        BackupWriter writer = BackupWriter.open(connection, settings.folder(), id);
        try {
            List<BackupTable> files = new ArrayList<>();
            for (CoreTable table : copied) {
                files.add(writer.copy(connection, table, files.size() + 1, facade.coreSchema(),
                        targets.tables().get(table.name())));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, id, now, database,
                    environment.environment().map(Environment::name).orElse(null), label.release(),
                    label.bundleChecksum(), facade.coreSchema(),
                    pending.stream().map(c -> c.getFilePath() + "::" + c.getId() + "::" + c.getAuthor()).toList(),
                    restorePoint, lsn, noRestorePoint, files, names(over), warnings);
            Path published = writer.publish(manifest, json);
            LOG.info("backup {} before the core migration: {} table(s), {} row(s), {} in {}", id, files.size(),
                    files.stream().mapToLong(BackupTable::rows).sum(), BackupSettings.shown(manifest.bytes()), published);
            return new BackupSummary(BackupSummary.TAKEN, id, published.toString(), names(copied), names(over),
                    restorePoint, warnings, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException | RuntimeException e) {
            writer.abandon();
            throw e;
        }
    }

    /**
     * Holds writers off the copied tables until the migration ends, so the copy is what the changesets start from;
     * waits at most {@code facade.ddl-lock-timeout}, like the changesets' own DDL, and is retried with them.
     */
    private void lock(Connection connection, List<CoreTable> copied, Targets targets) throws SQLException {
        String schema = CoreTables.quote(facade.coreSchema());
        for (boolean reshaped : new boolean[] {true, false}) {
            List<String> names = copied.stream().filter(t -> targets.reshaped().contains(t.name()) == reshaped)
                    .map(t -> schema + "." + CoreTables.quote(t.name())).toList();
            if (!names.isEmpty()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LOCK TABLE " + String.join(", ", names) + " IN "
                            + (reshaped ? "ACCESS EXCLUSIVE" : "SHARE") + " MODE");
                }
            }
        }
    }

    /**
     * After the migration committed: deletes this database's backups beyond {@code keep} and those older than
     * {@code max-age}. A failure to delete is logged; it loses nothing.
     */
    public List<String> retain(BackupSummary taken) {
        if (!BackupSummary.TAKEN.equals(taken.status())) {
            return List.of();
        }
        return BackupStore.find(settings.folder(), taken.id(), json)
                .map(stored -> BackupStore.prune(settings.folder(), stored.manifest().database(), settings.keep(),
                        settings.maxAge(), clock.instant(), json))
                .orElse(List.of());
    }

    /**
     * After the migration did not commit: deletes the backup it took, which holds the state the database is still
     * in, so that it does not count against {@code keep}.
     */
    public void discard(BackupSummary taken) {
        if (BackupSummary.TAKEN.equals(taken.status()) && taken.folder() != null) {
            BackupStore.deleteQuietly(Path.of(taken.folder()));
        }
    }

    private static List<String> names(List<CoreTable> tables) {
        return tables.stream().map(CoreTable::name).toList();
    }

    private String describe(Exception e) {
        if (e instanceof SQLException) {
            return "the server refused the copy: " + SqlErrors.describe(e) + " [SQLSTATE " + SqlErrors.sqlState(e) + "]";
        }
        if (e instanceof FileSystemException fs) {
            return "could not write " + fs.getFile() + " (" + (fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName()) + ") in the backup folder " + settings.folder().toAbsolutePath();
        }
        return "could not write the backup folder " + settings.folder().toAbsolutePath() + " (" + e.getMessage() + ")";
    }
}
