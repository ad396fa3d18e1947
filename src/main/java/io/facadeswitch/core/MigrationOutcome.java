package io.facadeswitch.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.facadeswitch.backup.BackupSummary;
import io.facadeswitch.reference.TablePlan;
import io.facadeswitch.reference.TableSync;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a core migration applied (nothing when the schema was up to date). Empty lists are
 * written, not left out as Micronaut does by default: {@code "applied": []} is the answer a
 * pipeline reads for "nothing to do".
 *
 * @param referenceData what the synchronization of the reference data did, per declared table
 * @param referencePlan the row changes and drift per table, listed only when rehearsed for {@code plan}
 * @param referenceMs   how long the reference data took, files read, rows compared and written
 * @param coreDrift     objects of the core that differ from the record of the last migration and that nobody
 *                      adopted or discarded (see {@code drift}); the migration did not touch them
 * @param backup        what protected the changesets' tables (see {@code backups}); {@code null} when nothing was
 *                      pending
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MigrationOutcome(List<PendingChangeset> applied, List<String> checkedColours, List<TableSync> referenceData,
                               List<TablePlan> referencePlan, long referenceMs, long durationMs,
                               List<String> coreDrift, @Nullable BackupSummary backup) {

    /** The JSON leaves empty lists out; read back through the API they are empty, not null. */
    public MigrationOutcome {
        applied = applied == null ? List.of() : applied;
        checkedColours = checkedColours == null ? List.of() : checkedColours;
        referenceData = referenceData == null ? List.of() : referenceData;
        referencePlan = referencePlan == null ? List.of() : referencePlan;
        coreDrift = coreDrift == null ? List.of() : coreDrift;
    }

    /** Whether the run changed anything: a changeset, or a row of reference data. */
    public boolean changedAnything() {
        return !applied.isEmpty() || referenceData.stream().anyMatch(TableSync::changed);
    }
}
