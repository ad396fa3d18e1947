package io.facadeswitch.canary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/**
 * Where a rollout is. Live states may change; the others are final ({@link #ended()}).
 * Running, paused and inconclusive always refer to the current canary step.
 */
@Serdeable
public enum RolloutState {
    /** Waiting for a person: before the first step or before promotion (see the gate). */
    AWAITING_APPROVAL,
    /** The current step's canary takes traffic and every window is judged. */
    RUNNING,
    /** Held by an operator: the canary keeps its traffic, nothing advances, windows are not judged. */
    PAUSED,
    /** The last window had too little traffic to judge: the step holds until one passes. */
    INCONCLUSIVE,
    PROMOTED,
    /** Ended by the analysis: everyone back on the previous release. */
    ROLLED_BACK,
    /** Ended by an operator: everyone back on the previous release. */
    ABORTED,
    /** An approver said no: everyone back on the previous release. */
    REJECTED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean ended() {
        return this == PROMOTED || this == ROLLED_BACK || this == ABORTED || this == REJECTED;
    }

    /** Judged every window: a step that takes traffic. */
    public boolean judged() {
        return this == RUNNING || this == INCONCLUSIVE;
    }

    @JsonCreator
    public static RolloutState of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
