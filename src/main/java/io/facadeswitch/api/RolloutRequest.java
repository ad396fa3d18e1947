package io.facadeswitch.api;

import io.facadeswitch.canary.RolloutPlan;
import io.facadeswitch.environment.Emergency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The body of POST /api/rollouts: a named plan or a whole plan document, optionally with instances
 * pinned in a first step, and a hold that replaces every step's.
 */
@Serdeable
public record RolloutRequest(@Nullable String planName, @Nullable RolloutPlan plan, @Nullable List<String> instances,
                             @Nullable String hold, @Nullable String reason, @Nullable Boolean emergency) {

    /** An override of the environment's closed window asked for, with the reason. */
    Emergency emergencyAsked() {
        return new Emergency(Boolean.TRUE.equals(emergency), reason);
    }
}
