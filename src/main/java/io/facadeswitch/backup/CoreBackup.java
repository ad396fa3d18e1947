package io.facadeswitch.backup;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.FileTrees;
import io.facadeswitch.backup.BackupManifest.BackupTable;
import io.facadeswitch.backup.CoreTables.CoreTable;
import io.facadeswitch.backup.PendingTargets.Targets;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.environment.Environment;
import io.micronaut.core.annotation.Nullable;
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
import java.util.HashMap;
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
    private static final String ARCHIVING_OFF = "off";

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
        Targets targets = PendingTargets.widen(PendingTargets.of(pending, database, schema, tables.keySet()),
                CoreTables.relations(connection, schema));
        if (targets.tables().isEmpty()) {
            if (rehearsal) {
                return BackupSummary.of(BackupSummary.NOTHING_TO_PROTECT, targets.warnings());
            }
            // No copy, but the changesets still change the schema: a restore point marks the moment before them.
            RestorePoint point = restorePoint(connection, "facade_switch_" + BackupStore.newId(clock.instant()));
            List<String> warnings = new ArrayList<>(targets.warnings());
            warnings.addAll(point.warnings());
            return new BackupSummary(BackupSummary.NOTHING_TO_PROTECT, null, null, List.of(), List.of(), point.name(),
                    warnings, 0);
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
        RestorePoint point = restorePoint(connection, "facade_switch_" + id);
        warnings.addAll(point.warnings());
        for (CoreTable table : over) {
            String size = BackupSettings.shown(table.bytes()) + ", over facade.backup.max-table-size ("
                    + settings.maxTableSize() + ")";
            if (!point.protects()) {
                throw new BackupException(BackupErrorCode.WRITE_FAILED, "table " + table.name() + " is " + size
                        + ", so it is not copied, and " + point.whyNoProtection() + ": nothing would protect it. Raise"
                        + " FACADE_BACKUP_MAX_TABLE_SIZE, or let the server make restore points that can be recovered"
                        + " to (GRANT EXECUTE ON FUNCTION pg_create_restore_point(text), wal_level replica, archive_mode"
                        + " on with an archive_command)", null);
            }
            warnings.add("table " + table.name() + " is " + size + ": not copied, only restore point " + point.name()
                    + " protects it");
        }
        DatabaseIdentity database = DatabaseIdentity.of(connection)
                .in(environment.environment().map(Environment::name).orElse(null));
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
                    point.name(), point.lsn(), point.notMade(), point.archiving(), files, names(over), warnings);
            Path published = writer.publish(manifest, json);
            LOG.info("backup {} before the core migration: {} table(s), {} row(s), {} in {}", id, files.size(),
                    files.stream().mapToLong(BackupTable::rows).sum(), BackupSettings.shown(manifest.bytes()), published);
            return new BackupSummary(BackupSummary.TAKEN, id, published.toString(), names(copied), names(over),
                    point.name(), warnings, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException | RuntimeException e) {
            writer.abandon();
            throw e;
        }
    }

    /**
     * A restore point, and whether it can be recovered to.
     *
     * @param name      {@code null} when the server refused one
     * @param notMade   why not, as the server said
     * @param archiving whether the server archives WAL: {@code on}, {@code off}, or {@code unknown (...)}; a restore
     *                  point without archived WAL cannot be recovered to
     */
    private record RestorePoint(@Nullable String name, @Nullable String lsn, @Nullable String notMade, String archiving) {

        /** Whether it protects a table that is not copied: made, and not known to be unrecoverable. */
        boolean protects() {
            return name != null && !ARCHIVING_OFF.equals(archiving);
        }

        String whyNoProtection() {
            return name == null ? "the server made no restore point either (" + notMade + ")"
                    : "restore point " + name + " cannot be recovered to either: the server archives no WAL"
                    + " (archive_mode off, or no archive_command / archive_library)";
        }

        List<String> warnings() {
            if (name == null) {
                return List.of("no restore point: " + notMade);
            }
            if (ARCHIVING_OFF.equals(archiving)) {
                return List.of("restore point " + name + " was made, but the server archives no WAL (archive_mode off,"
                        + " or no archive_command / archive_library), so it cannot be recovered to: only the copies"
                        + " protect");
            }
            return List.of();
        }
    }

    /** {@code pg_create_restore_point} in a savepoint (refused is no failure), with the server's WAL archiving. */
    private static RestorePoint restorePoint(Connection connection, String name) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_create_restore_point(?)::text")) {
            statement.setString(1, name);
            String lsn;
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                lsn = row.getString(1);
            }
            connection.releaseSavepoint(savepoint);
            return new RestorePoint(name, lsn, null, archiving(connection));
        } catch (SQLException e) {
            connection.rollback(savepoint);
            return new RestorePoint(null, null, SqlErrors.describe(e), archiving(connection));
        }
    }

    /**
     * {@code on}, {@code off}, or {@code unknown (...)}: {@code archive_mode} is readable by anyone, the command and
     * library only with {@code pg_read_all_settings} (pg_settings leaves the rows out otherwise).
     */
    private static String archiving(Connection connection) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, setting FROM pg_catalog.pg_settings"
                     + " WHERE name IN ('archive_mode', 'archive_command', 'archive_library')")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2) == null ? "" : rows.getString(2).trim());
            }
        }
        if ("off".equals(values.get("archive_mode"))) {
            return ARCHIVING_OFF;
        }
        if (!values.containsKey("archive_command")) {
            return "unknown (this user may not read archive_command: grant it pg_read_all_settings)";
        }
        boolean command = !values.get("archive_command").isEmpty() && !"(disabled)".equals(values.get("archive_command"));
        boolean library = !values.getOrDefault("archive_library", "").isEmpty();
        return command || library ? "on" : ARCHIVING_OFF;
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
     * After the migration committed: keeps at most {@code keep} of this database's backups and none older than
     * {@code max-age}, the newest always. Throws when the folder cannot be listed; the caller logs it, and the
     * migration stands.
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
            FileTrees.deleteQuietly(Path.of(taken.folder()));
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
