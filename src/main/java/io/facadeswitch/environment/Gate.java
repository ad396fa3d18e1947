package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;

/**
 * What one environment requires before one step: approvals by people other than the requester,
 * the windows in which it may run and the freezes in which it may not. Checking it is the
 * caller's (the approvals and the {@link GateSchedule}); this is what the file says.
 *
 * @param approvals      how many distinct people, never the requester, must approve
 * @param approvers      who may approve: people and group names as written; empty means anyone but the requester
 *                       (see {@link Environments#approversOf(Gate)} for the people)
 * @param approvalExpiry how long an approval stays good
 * @param windows        when the step may run; empty means at any time
 * @param freezes        when it may not, whatever the windows say
 * @param emergency      whether {@code --emergency} with a reason may override the windows (and the freezes that allow it)
 * @param rehearsal      how young a passing rehearsal of the release's checksum here must be ({@code rehearse}); {@code null}:
 *                       none is needed
 */
public record Gate(int approvals, List<String> approvers, Duration approvalExpiry, List<TimeWindow> windows,
                   List<Freeze> freezes, boolean emergency, @Nullable Duration rehearsal) {

    /** The approval expiry when the file gives none. */
    public static final Duration DEFAULT_APPROVAL_EXPIRY = Duration.ofHours(24);

    /** No gate: what a step gets when the file names none for it. */
    public static final Gate OPEN = new Gate(0, List.of(), DEFAULT_APPROVAL_EXPIRY, List.of(), List.of(), false, null);

    public Gate {
        if (approvals < 0) {
            throw new IllegalArgumentException("approvals must not be negative, not " + approvals);
        }
        if (approvalExpiry.isNegative() || approvalExpiry.isZero()) {
            throw new IllegalArgumentException("the approval expiry must be positive, not " + approvalExpiry);
        }
        if (rehearsal != null && (rehearsal.isNegative() || rehearsal.isZero())) {
            throw new IllegalArgumentException("the rehearsal's age limit must be positive, not " + rehearsal);
        }
        approvers = List.copyOf(approvers);
        windows = List.copyOf(windows);
        freezes = List.copyOf(freezes);
    }

    public boolean needsApprovals() {
        return approvals > 0;
    }

    public boolean needsRehearsal() {
        return rehearsal != null;
    }
}
