package io.facadeswitch.api;

import io.facadeswitch.backup.BackupSummary;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.core.MigrationException;
import io.facadeswitch.core.MigrationOutcome;
import io.facadeswitch.core.PendingChangeset;
import io.facadeswitch.facade.FacadePlan;
import io.facadeswitch.facade.FacadePlanner;
import io.facadeswitch.reference.ReferenceDataException;
import io.facadeswitch.reference.ReferenceSynchronizer;
import io.facadeswitch.reference.TablePlan;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code plan} prints as JSON and {@code POST /api/plan} answers: the pending core
 * changesets, whether migrate-core would be refused, and the facade's plan.
 *
 * @param coreRefused why migrate-core would be refused (the guard's or the server's answer, with
 *                    its code), from a rehearsal rolled back; {@code null} when it would succeed
 * @param referenceData per declared reference table, the rows migrate-core would insert, update and
 *                      delete, and the rows changed here since its last synchronization
 * @param coreBackup    what migrate-core's backup would copy ({@code planned}), or that it needs none; {@code null}
 *                      when nothing is pending or migrate-core would be refused
 */
@Serdeable
public record PlanDocument(List<PendingChangeset> pendingCore, @Nullable String coreRefused,
                           List<TablePlan> referenceData, FacadePlan facade, @Nullable BackupSummary coreBackup) {

    /** The JSON leaves an empty list out; read back through the CLI it is empty, not null. */
    public PlanDocument {
        pendingCore = pendingCore == null ? List.of() : pendingCore;
        referenceData = referenceData == null ? List.of() : referenceData;
    }

    /** Lists the pending changesets, rehearses them with the live colours' guard, and plans the facade. */
    public static PlanDocument of(CoreMigrator migrator, FacadePlanner planner, Path coreFolder, Path facadeFolder) {
        List<PendingChangeset> pending = migrator.pending(coreFolder);
        String refused = null;
        List<TablePlan> reference = List.of();
        BackupSummary backup = null;
        if (!pending.isEmpty() || Files.isDirectory(coreFolder.resolve(ReferenceSynchronizer.FOLDER))) {
            try {
                MigrationOutcome rehearsed = migrator.rehearse(coreFolder);
                reference = rehearsed.referencePlan();
                backup = rehearsed.backup();
            } catch (MigrationException | ReferenceDataException e) {
                refused = e.getMessage() + " [" + e.code() + "]";
            }
        }
        return new PlanDocument(pending, refused, reference, planner.plan(facadeFolder), backup);
    }

    /** The exit status of {@code plan}: 1 when migrate-core would be refused, for a pipeline's gate. */
    public int exitStatus() {
        return coreRefused == null ? 0 : 1;
    }
}
