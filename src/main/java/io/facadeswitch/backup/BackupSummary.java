package io.facadeswitch.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code migrate-core} did to protect the pending changesets' tables, as its output and
 * audit entry tell it.
 *
 * @param status           {@value #TAKEN}, {@value #NOTHING_TO_PROTECT}, {@value #OFF}, {@value #FAILED} (only
 *                         when the mode is optional) or {@value #PLANNED} (a rehearsal for {@code plan})
 * @param id               the backup's id, for {@code restore --backup}; {@code null} unless taken
 * @param tables           the tables copied (or, planned, that would be)
 * @param restorePointOnly tables over the size limit, protected by the restore point only
 * @param restorePoint     the restore point's name, {@code null} when none was created
 * @param warnings         what the operator should know: a table not copied, no restore point, a failed backup
 * @param durationMs       how long taking it took, locks, restore point and copies included (0 unless taken)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BackupSummary(String status, @Nullable String id, @Nullable String folder, List<String> tables,
                            List<String> restorePointOnly, @Nullable String restorePoint, List<String> warnings,
                            long durationMs) {

    public static final String TAKEN = "taken";
    public static final String NOTHING_TO_PROTECT = "nothing-to-protect";
    public static final String OFF = "off";
    public static final String FAILED = "failed";
    public static final String PLANNED = "planned";

    public BackupSummary {
        tables = tables == null ? List.of() : List.copyOf(tables);
        restorePointOnly = restorePointOnly == null ? List.of() : List.copyOf(restorePointOnly);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static BackupSummary of(String status, List<String> warnings) {
        return new BackupSummary(status, null, null, List.of(), List.of(), null, warnings, 0);
    }

    /** The same with more warnings. */
    public BackupSummary withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new BackupSummary(status, id, folder, tables, restorePointOnly, restorePoint, all, durationMs);
    }

    /** One line for the command's output. */
    public String describe() {
        return switch (status) {
            case TAKEN -> "backup " + id + " in " + folder + ": " + (tables.isEmpty() ? "no table copied"
                    : "copied " + String.join(", ", tables)) + (restorePointOnly.isEmpty() ? ""
                    : "; restore point only: " + String.join(", ", restorePointOnly))
                    + (restorePoint == null ? "; no restore point" : "; restore point " + restorePoint)
                    + " (" + durationMs + " ms)";
            case NOTHING_TO_PROTECT -> "backup: nothing to protect (the pending changesets lose no existing table's"
                    + " rows or values)" + (restorePoint == null ? "" : "; restore point " + restorePoint);
            case OFF -> "backup: off";
            case FAILED -> "backup: FAILED, the migration went on (backup: optional)";
            default -> "backup: would copy " + String.join(", ", tables)
                    + (restorePointOnly.isEmpty() ? "" : "; restore point only: " + String.join(", ", restorePointOnly));
        };
    }
}
