package io.facadeswitch.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity(value = "routing", schema = "facade_switch")
record RoutingRow(@Id Integer id, @Nullable String active, long generation, Instant changedAt,
                  @Nullable String canaryColour, BigDecimal canaryPercent, @Nullable String canarySalt) {
}
