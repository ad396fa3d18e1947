package io.facadeswitch.environment;

import io.facadeswitch.control.DriftFlag;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One environment as {@code envs} shows it, read from that environment's own control schema.
 *
 * @param reachable        whether its database answered; when not, {@code error} says why and the rest is empty
 * @param controlSchema    whether the database has the switch's control schema (a release has been deployed there)
 * @param coreApplied      the core changesets applied there
 * @param corePending      those of the local changelog (or bundle) not applied there; {@code null} when not known
 * @param active           the release of the active colour, {@code null} when none
 * @param standby          the release of the other colour, {@code null} when empty
 * @param canary           the canary running, e.g. {@code "green: 2 pinned, 10%"}; {@code null} when none
 * @param rollout          the live rollout, e.g. {@code "running step 2 of 1.3.0"}; {@code null} when none
 * @param pendingApprovals approval requests open and not yet enough to open their gate
 * @param lastChange       the newest entry of its audit log
 * @param drift            what its last drift check found; {@code null} when none has run there
 */
@Serdeable
public record EnvironmentRow(String name, @Nullable String predecessor, boolean reachable, @Nullable String error,
                             boolean controlSchema, int coreApplied, @Nullable Integer corePending,
                             @Nullable Release active, @Nullable Release standby, long generation,
                             @Nullable String canary, @Nullable String rollout, int pendingApprovals,
                             @Nullable Instant lastChange, @Nullable DriftFlag drift) {

    /** An environment whose database did not answer: only its name, predecessor and {@code error}. */
    public static EnvironmentRow unreachable(Environment environment, String error) {
        return new EnvironmentRow(environment.name(), environment.predecessor(), false, error, false, 0, null, null,
                null, 0, null, null, 0, null, null);
    }

    /** A colour's release: name, checksum, colour and state. */
    @Serdeable
    public record Release(String release, String checksum, String colour, String state) {
    }
}
