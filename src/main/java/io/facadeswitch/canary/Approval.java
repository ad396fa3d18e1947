package io.facadeswitch.canary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A person's decision at a gate of a rollout. */
@Serdeable
public record Approval(long id, long rolloutId, String gate, String decision, String actor, @Nullable String comment,
                       Instant decidedAt) {
}
