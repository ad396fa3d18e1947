package io.facadeswitch.environment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * What a release bundle says about itself, as {@code manifest.json}: the release it is, the checksum
 * of each part and the overall one that is the release's identity in every environment (approvals
 * and the predecessor rule bind to it), and who built it when, from which commit. The checksums are
 * checked against the files whenever the bundle is opened; the rest is information.
 *
 * @param format         the manifest's format, {@value ReleaseBundle#FORMAT}; a newer one is refused
 * @param release        the release name, as {@code deploy --release} takes it
 * @param checksum       sha256 hex of the release name and both part checksums (see {@link ReleaseBundle})
 * @param coreChecksum   sha256 hex of the core changelog folder's files
 * @param facadeChecksum the facade release's checksum, as the control schema records it on deploy
 * @param createdBy      who built it ({@code --actor}, else the OS user)
 * @param createdAt      when it was built
 * @param commit         the source control commit it was built from, {@code null} when none was found
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BundleManifest(int format, String release, String checksum, String coreChecksum, String facadeChecksum,
                             String createdBy, Instant createdAt, @Nullable String commit) {

    /** The first 12 hex digits of the overall checksum, as the command line shows it. */
    public String shortChecksum() {
        return checksum.substring(0, 12);
    }
}
