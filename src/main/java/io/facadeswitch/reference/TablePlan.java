package io.facadeswitch.reference;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * What {@code migrate-core} would do to one reference table, and what was changed in it here
 * since its last synchronization. The counts are exact; the lists hold every row in JSON and the
 * first few on a terminal.
 *
 * @param lastSynced when the table was last synchronized, {@code null} if never
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TablePlan(String table, String mode, long inserts, long updates, long deletes,
                        List<Map<String, String>> inserted, List<RowUpdate> updated, List<Map<String, String>> deleted,
                        List<ReferenceDrift> drift, @Nullable String lastSynced) {

    public TablePlan {
        inserted = inserted == null ? List.of() : inserted;
        updated = updated == null ? List.of() : updated;
        deleted = deleted == null ? List.of() : deleted;
        drift = drift == null ? List.of() : drift;
    }

    public boolean changes() {
        return inserts + updates + deletes > 0;
    }
}
