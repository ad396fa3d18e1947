package io.facadeswitch.canary;

import io.facadeswitch.ErrorCode;

/**
 * Why a rollout operation was refused; anything not listed otherwise depends on the rollout's
 * state and is 409.
 */
public enum RolloutErrorCode implements ErrorCode {

    BAD_PLAN("ROLLOUT_BAD_PLAN", 400),
    BAD_REQUEST("ROLLOUT_BAD_REQUEST", 400),
    NO_ROLLOUT("ROLLOUT_NO_ROLLOUT", 404),
    /**
     * Another rollout is live. The area's name once: the old {@code "ROLLOUT_" + name()} made it
     * {@code ROLLOUT_ROLLOUT_RUNNING}, which no page documented.
     */
    ROLLOUT_RUNNING("ROLLOUT_RUNNING", 409),
    WRONG_STATE("ROLLOUT_WRONG_STATE", 409),
    APPROVER_IS_INITIATOR("ROLLOUT_APPROVER_IS_INITIATOR", 403),
    RELEASE_CHANGED("ROLLOUT_RELEASE_CHANGED", 409),
    NOTHING_TO_ROLL_OUT("ROLLOUT_NOTHING_TO_ROLL_OUT", 409);

    private final String code;
    private final int httpStatus;

    RolloutErrorCode(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }
}
