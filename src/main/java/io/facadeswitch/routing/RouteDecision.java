package io.facadeswitch.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Which colour an instance gets, and why.
 *
 * @param reason     {@code pinned}, {@code canary-share}, {@code active} or {@code nothing-deployed}
 * @param bucket     the instance's sticky bucket when a canary share applies
 * @param explanation one sentence for people
 */
@Serdeable
public record RouteDecision(String instance, @Nullable String colour, String reason, @Nullable Integer bucket,
                            long generation, String explanation) {
}
