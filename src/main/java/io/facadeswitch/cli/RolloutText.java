package io.facadeswitch.cli;

import io.facadeswitch.Durations;
import io.facadeswitch.canary.Approval;
import io.facadeswitch.canary.Rollout;
import io.facadeswitch.canary.RolloutState;
import io.facadeswitch.canary.RolloutView;
import io.facadeswitch.canary.StoredVerdict;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A rollout as a few lines for people: where it is, what it waits for, what the analysis said last. */
final class RolloutText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private RolloutText() {
    }

    static String format(RolloutView view, Instant now) {
        Rollout r = view.rollout();
        StringBuilder text = new StringBuilder();
        text.append("rollout ").append(r.id()).append(" of ").append(r.release()).append(" to ").append(r.colour())
                .append(" (plan ").append(r.plan().name()).append(", started by ").append(r.initiator())
                .append(r.retryOf() == null ? "" : ", retry of rollout " + r.retryOf()).append(")\n");
        text.append("  ").append(state(r, now)).append('\n');
        text.append("  plan: ").append(r.plan().describe()).append('\n');
        if (!r.state().ended()) {
            text.append("  failures: ").append(r.failures()).append('\n');
        }
        for (Approval approval : view.approvals()) {
            text.append("  ").append(approval.gate()).append(' ').append(approval.decision()).append("d by ")
                    .append(approval.actor()).append(approval.comment() == null ? "" : ": " + approval.comment())
                    .append('\n');
        }
        if (!view.verdicts().isEmpty()) {
            text.append("  latest verdicts:\n");
            for (StoredVerdict verdict : view.verdicts()) {
                text.append("    ").append(TIME.format(verdict.windowEnd())).append(" step ").append(verdict.step() + 1)
                        .append(' ').append(verdict.summary()).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    static String state(Rollout r, Instant now) {
        RolloutState state = r.state();
        return switch (state) {
            case AWAITING_APPROVAL -> "awaiting approval to " + ("start".equals(r.gate()) ? "start" : "promote")
                    + (r.plan().approval().distinctApprover() ? " (by someone other than " + r.initiator() + ")" : "")
                    + ": rollout approve / rollout reject";
            case RUNNING, INCONCLUSIVE, PAUSED -> state.label() + " at " + r.where()
                    + (r.stepStartedAt() == null ? "" : ", held " + Durations.format(round(Duration.between(
                    r.stepStartedAt(), now))) + " of " + Durations.format(r.plan().holdOf(r.step())))
                    + (state == RolloutState.INCONCLUSIVE ? "; too little traffic to judge, the step holds" : "");
            default -> state.label().replace('_', ' ') + (r.endedAt() == null ? "" : " at " + TIME.format(r.endedAt()));
        };
    }

    private static Duration round(Duration duration) {
        return Duration.ofSeconds(Math.max(0, duration.toSeconds()));
    }
}
