package io.facadeswitch.rehearsal;

import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;

/**
 * What to rehearse, and how.
 *
 * @param coreFolder           the release's core schema (changelog and reference data)
 * @param facadeFolder         its facade, or {@code null} for a core-only rehearsal
 * @param release              the release's name
 * @param checksum             the bundle's checksum, or {@code null} when the release comes as folders
 * @param withData             copy the rows of every table up to {@code facade.rehearsal.with-data-max-mb}, not only
 *                             the reference tables and the records
 * @param allowVersionMismatch rehearse on a server of another major version than the environment's
 */
public record RehearsalRequest(Path coreFolder, @Nullable Path facadeFolder, String release, @Nullable String checksum,
                               boolean withData, boolean allowVersionMismatch, String actor) {
}
