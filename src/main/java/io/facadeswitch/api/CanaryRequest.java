package io.facadeswitch.api;

import io.facadeswitch.environment.Emergency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code POST /api/canary}: either list or percentage may be left out. */
@Serdeable
public record CanaryRequest(@Nullable List<String> instances, @Nullable Double percent, @Nullable String reason,
                            @Nullable Long expectedGeneration, @Nullable Boolean emergency) {

    /** An override of the environment's closed window asked for, with the reason. */
    Emergency emergencyAsked() {
        return new Emergency(Boolean.TRUE.equals(emergency), reason);
    }
}
