package io.facadeswitch.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to a rollout, as the notifier publishes it.
 *
 * @param kind      what happened
 * @param rolloutId the rollout's id
 * @param release   the release being rolled out
 * @param colour    the colour it is deployed to
 * @param state     the rollout's state after the event, e.g. {@code rolled_back}
 * @param step      the step the event concerns, when it concerns one
 * @param actor     who or what caused it: an operator, or e.g. {@code analysis}
 * @param reason    why, when there is more to say than the kind
 * @param at        when it happened
 */
@Serdeable
public record RolloutEvent(RolloutEventKind kind, long rolloutId, String release, String colour, String state,
                           @Nullable Integer step, String actor, @Nullable String reason, Instant at) {

    public RolloutEvent {
        // Without these a receiver could not tell what happened or when; fail at the caller, not on a delivery thread.
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
