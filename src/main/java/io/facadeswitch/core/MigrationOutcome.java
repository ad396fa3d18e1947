package io.facadeswitch.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a core migration applied (nothing when the schema was up to date). Empty lists are
 * written, not left out as Micronaut does by default: {@code "applied": []} is the answer a
 * pipeline reads for "nothing to do".
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MigrationOutcome(List<PendingChangeset> applied, List<String> checkedColours, long durationMs) {

    /** The JSON leaves empty lists out; read back through the API they are empty, not null. */
    public MigrationOutcome {
        applied = applied == null ? List.of() : applied;
        checkedColours = checkedColours == null ? List.of() : checkedColours;
    }
}
