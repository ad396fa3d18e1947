package io.facadeswitch.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity(value = "colours", schema = "facade_switch")
record ColourRow(@Id String colour, @Nullable Long releaseId, String state, Instant changedAt) {
}
