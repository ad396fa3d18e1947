package io.facadeswitch.canary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One rollout of a release: its plan, where it is, and since when.
 *
 * @param step          the current step, 0-based; -1 before the first one
 * @param gate          for {@code awaiting_approval}: {@code start} or {@code promote}
 * @param windowStart   where the analysis window being gathered began
 * @param failures      regressing windows so far; at the plan's failure limit the rollout rolls back
 */
@Serdeable
public record Rollout(long id, long releaseId, String release, String colour, String baseline, RolloutPlan plan,
                      RolloutState state, @Nullable String gate, int step, @Nullable Instant stepStartedAt,
                      @Nullable Instant windowStart, int failures, String initiator, @Nullable String reason,
                      @Nullable Long retryOf, Instant createdAt, Instant updatedAt, @Nullable Instant endedAt) {

    Rollout with(RolloutState newState, @Nullable String newGate) {
        return new Rollout(id, releaseId, release, colour, baseline, plan, newState, newGate, step, stepStartedAt,
                windowStart, failures, initiator, reason, retryOf, createdAt, updatedAt, endedAt);
    }

    Rollout atStep(int newStep, Instant startedAt) {
        return new Rollout(id, releaseId, release, colour, baseline, plan, RolloutState.RUNNING, null, newStep,
                startedAt, startedAt, failures, initiator, reason, retryOf, createdAt, updatedAt, endedAt);
    }

    Rollout windowFrom(Instant start, int newFailures) {
        return new Rollout(id, releaseId, release, colour, baseline, plan, state, gate, step, stepStartedAt, start,
                newFailures, initiator, reason, retryOf, createdAt, updatedAt, endedAt);
    }

    /** "step 2 of 4 (25% of instances)", or what the state says when no step runs. */
    public String where() {
        if (step < 0) {
            return "before step 1 of " + plan.steps().size();
        }
        return "step " + (step + 1) + " of " + plan.steps().size() + " (" + plan.steps().get(step).describe() + ")";
    }

    public boolean lastStep() {
        return step == plan.steps().size() - 1;
    }
}
