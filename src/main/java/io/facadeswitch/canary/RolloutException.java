package io.facadeswitch.canary;

import io.facadeswitch.FacadeSwitchException;

/** A rollout operation was refused; the message says why, with the rollout's state, and what to do. */
public final class RolloutException extends FacadeSwitchException {

    public enum Code {
        BAD_PLAN, BAD_REQUEST, NO_ROLLOUT, ROLLOUT_RUNNING, WRONG_STATE, APPROVER_IS_INITIATOR, RELEASE_CHANGED,
        NOTHING_TO_ROLL_OUT
    }

    private final Code code;

    public RolloutException(Code code, String message) {
        super(message, null);
        this.code = code;
    }

    @Override
    public String code() {
        return "ROLLOUT_" + code.name();
    }

    public Code reason() {
        return code;
    }
}
