package io.facadeswitch.routing;

import io.facadeswitch.FacadeSwitchException;

/** A routing change was refused; the message says why, with the current state, and what to do. */
public final class RoutingException extends FacadeSwitchException {

    private final RoutingErrorCode reason;

    public RoutingException(RoutingErrorCode reason, String message) {
        super(reason, message, null);
        this.reason = reason;
    }

    public RoutingErrorCode reason() {
        return reason;
    }
}
