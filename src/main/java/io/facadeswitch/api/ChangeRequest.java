package io.facadeswitch.api;

import io.facadeswitch.environment.Emergency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The body of promote, rollback and abort; it may be empty. {@code emergency} overrides a closed window (promote). */
@Serdeable
public record ChangeRequest(@Nullable String reason, @Nullable Long expectedGeneration, @Nullable Boolean emergency) {

    static final ChangeRequest NONE = new ChangeRequest(null, null, null);

    /** An override of a closed window asked for (promote only; rollback and abort are never gated). */
    Emergency emergencyAsked() {
        return new Emergency(Boolean.TRUE.equals(emergency), reason);
    }
}
