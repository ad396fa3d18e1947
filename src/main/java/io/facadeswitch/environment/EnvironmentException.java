package io.facadeswitch.environment;

import io.facadeswitch.FacadeSwitchException;

/** The environments file, or an environment named from it, cannot be used as it is. */
public final class EnvironmentException extends FacadeSwitchException {

    private final EnvironmentErrorCode reason;

    public EnvironmentException(EnvironmentErrorCode reason, String message, Throwable cause) {
        super(reason, message, cause);
        this.reason = reason;
    }

    public EnvironmentException(EnvironmentErrorCode reason, String message) {
        this(reason, message, null);
    }

    public EnvironmentErrorCode reason() {
        return reason;
    }
}
