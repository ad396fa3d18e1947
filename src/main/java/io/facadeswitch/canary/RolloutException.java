package io.facadeswitch.canary;

import io.facadeswitch.FacadeSwitchException;

/** A rollout operation was refused; the message says why, with the rollout's state, and what to do. */
public final class RolloutException extends FacadeSwitchException {

    private final RolloutErrorCode reason;

    public RolloutException(RolloutErrorCode reason, String message) {
        super(reason, message, null);
        this.reason = reason;
    }

    public RolloutErrorCode reason() {
        return reason;
    }
}
