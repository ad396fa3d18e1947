package io.facadeswitch.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The body of the rollout actions; {@code full} and {@code expectedStep} (1-based) only mean something to promote. */
@Serdeable
public record RolloutActionRequest(@Nullable String reason, @Nullable String comment, @Nullable Boolean full,
                                   @Nullable Integer expectedStep) {

    static final RolloutActionRequest NONE = new RolloutActionRequest(null, null, null, null);
}
