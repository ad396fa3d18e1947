package io.facadeswitch.core;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What a core migration applied (nothing when the schema was up to date). */
@Serdeable
public record MigrationOutcome(List<PendingChangeset> applied, List<String> checkedColours, long durationMs) {

    /** The JSON leaves empty lists out; read back through the API they are empty, not null. */
    public MigrationOutcome {
        applied = applied == null ? List.of() : applied;
        checkedColours = checkedColours == null ? List.of() : checkedColours;
    }
}
