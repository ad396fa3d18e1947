package io.facadeswitch.routing;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity(value = "pins", schema = "facade_switch")
record PinRow(@Id String instance, String colour, Instant pinnedAt) {
}
