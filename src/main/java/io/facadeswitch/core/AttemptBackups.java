package io.facadeswitch.core;

import io.facadeswitch.backup.BackupMode;
import io.facadeswitch.backup.BackupSummary;
import io.facadeswitch.backup.CoreBackup;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.reference.ReferenceRun;
import io.facadeswitch.reference.ReferenceSynchronizer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of one migration's attempts, after the transaction: which one to keep, which to
 * delete, retention around the kept one, and what the reference data adds to its summary. Nothing
 * here may fail a migration that committed.
 */
final class AttemptBackups {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptBackups.class);

    private final CoreBackup backups;

    AttemptBackups(CoreBackup backups) {
        this.backups = backups;
    }

    /**
     * The backup to keep when the run failed after its work was done, in the COMMIT: a server's ERROR says it rolled
     * back, but a broken connection (or a FATAL) leaves it unknown whether the changes are in, and then the backup is
     * all that holds the old rows.
     */
    BackupSummary keptAfterFailure(MigrationOutcome done, RuntimeException e) {
        if (done == null || done.backup() == null || SqlErrors.serverMessage(e)
                .filter(m -> "ERROR".equals(m.getSeverity())).isPresent()) {
            return null;
        }
        if (done.backup().id() != null) {
            LOG.warn("the COMMIT of the core migration failed ({}) and whether it committed is unknown: backup {} is kept"
                    + " in {}; check databasechangelog to see whether the changesets are in", SqlErrors.describe(e),
                    done.backup().id(), done.backup().folder());
        }
        return done.backup();
    }

    /**
     * Deletes the backups of attempts that did not commit, then applies retention around the one kept; a failure of
     * either is a logged warning (what it would delete protects nothing the database does not still hold).
     */
    void tidy(List<BackupSummary> taken, BackupSummary kept) {
        String keptId = kept == null ? null : kept.id();
        for (BackupSummary backup : taken) {
            if (backup.id() == null || !backup.id().equals(keptId)) {
                try {
                    backups.discard(backup);
                } catch (RuntimeException e) {
                    LOG.warn("could not delete backup {} of an attempt that did not commit ({}); delete {} by hand",
                            backup.id(), e.getMessage(), backup.folder());
                }
            }
        }
        if (kept == null) {
            return;
        }
        try {
            List<String> deleted = backups.retain(kept);
            if (!deleted.isEmpty()) {
                LOG.info("backups deleted by retention (facade.backup.keep, facade.backup.max-age): {}", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("retention of the backup folder failed after the migration committed ({}); the migration and"
                    + " backup {} stand: check facade.backup.folder and delete old backups by hand", e.getMessage(),
                    kept.id());
        }
    }

    /**
     * The backup as the reference data leaves it: a run of reference data alone had nothing to back up, and rows
     * the synchronization updated or deleted are not backed up (it runs after the changesets), which is said.
     */
    BackupSummary withReferenceData(BackupSummary backup, ReferenceRun reference) {
        if (backup == null && !reference.changedRows()) {
            return null;
        }
        BackupSummary known = backup != null ? backup : BackupSummary.of(
                backups.mode() == BackupMode.OFF ? BackupSummary.OFF : BackupSummary.NOTHING_TO_PROTECT, List.of());
        List<String> rewritten = reference.tables().stream().filter(t -> t.updated() + t.deleted() > 0)
                .map(t -> "reference data of " + t.table() + ": " + t.updated() + " row(s) updated and " + t.deleted()
                        + " deleted without a copy (the declared rows are in " + ReferenceSynchronizer.FOLDER + "/; "
                        + (known.restorePoint() == null ? "no restore point covers the rest"
                        : "restore point " + known.restorePoint() + " covers the rest, where the server archives WAL")
                        + ")").toList();
        return rewritten.isEmpty() ? known : known.withWarnings(rewritten);
    }
}
