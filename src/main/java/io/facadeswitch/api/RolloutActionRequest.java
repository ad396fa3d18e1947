package io.facadeswitch.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The body of the rollout actions; {@code full} only means something to promote. */
@Serdeable
public record RolloutActionRequest(@Nullable String reason, @Nullable String comment, @Nullable Boolean full) {

    static final RolloutActionRequest NONE = new RolloutActionRequest(null, null, null);
}
