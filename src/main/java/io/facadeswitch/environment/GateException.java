package io.facadeswitch.environment;

import io.facadeswitch.FacadeSwitchException;

/** A gate refused a step, or an approval decision was refused; the message says what is missing. */
public final class GateException extends FacadeSwitchException {

    private final GateErrorCode reason;

    GateException(GateErrorCode reason, String message, Throwable cause) {
        super(reason, message, cause);
        this.reason = reason;
    }

    GateException(GateErrorCode reason, String message) {
        this(reason, message, null);
    }

    public GateErrorCode reason() {
        return reason;
    }
}
