package io.facadeswitch.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The body of promote, rollback and abort; it may be empty. */
@Serdeable
public record ChangeRequest(@Nullable String reason, @Nullable Long expectedGeneration) {

    static final ChangeRequest NONE = new ChangeRequest(null, null);
}
