package io.facadeswitch.routing;

import io.facadeswitch.FacadeSwitchException;

/** A routing change was refused; the message says why, with the current state, and what to do. */
public final class RoutingException extends FacadeSwitchException {

    public enum Code {
        NOTHING_DEPLOYED, NOTHING_TO_PROMOTE, NOTHING_TO_ROLL_BACK, NOTHING_TO_CANARY, NO_CANARY, CANARY_RUNNING,
        BAD_REQUEST, STALE_GENERATION, ROLLOUT_RUNNING
    }

    private final Code code;

    public RoutingException(Code code, String message) {
        super(message, null);
        this.code = code;
    }

    @Override
    public String code() {
        return "ROUTING_" + code.name();
    }

    public Code reason() {
        return code;
    }
}
