package io.facadeswitch.core;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What a core migration applied (nothing when the schema was up to date). */
@Serdeable
public record MigrationOutcome(List<PendingChangeset> applied, List<String> checkedColours, long durationMs) {
}
