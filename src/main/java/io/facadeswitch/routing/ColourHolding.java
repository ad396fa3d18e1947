package io.facadeswitch.routing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A colour with the release it holds (joined from the releases table). */
@Introspected
record ColourHolding(String colour, String state, @Nullable Long releaseId, @Nullable String releaseName,
                     @Nullable String checksum) {
}
