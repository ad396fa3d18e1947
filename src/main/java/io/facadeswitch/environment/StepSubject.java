package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What a gated step is about: one release, known by its bundle checksum (the identity approvals
 * and the predecessor rule bind to) and the checksums of its parts.
 *
 * @param checksum       the bundle's overall checksum; {@code null} when the release did not come as a bundle
 * @param facadeChecksum the facade release's checksum, as the control schema records it
 * @param coreChecksum   the core changelog's checksum
 */
@Serdeable
public record StepSubject(Step step, String release, @Nullable String checksum, @Nullable String facadeChecksum,
                          @Nullable String coreChecksum) {

    /** The step applied to a bundle's release. */
    public static StepSubject of(Step step, BundleManifest bundle) {
        return new StepSubject(step, bundle.release(), bundle.checksum(), bundle.facadeChecksum(), bundle.coreChecksum());
    }

    /** A short name for messages: {@code deploy of 1.2.0 (bundle 3f2a9c01b2d4)}. */
    public String describe() {
        return step.key() + " of " + release + (checksum == null ? " (not from a bundle)"
                : " (bundle " + checksum.substring(0, 12) + ")");
    }
}
