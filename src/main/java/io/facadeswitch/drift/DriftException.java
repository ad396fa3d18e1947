package io.facadeswitch.drift;

import io.facadeswitch.FacadeSwitchException;

/** Drift could not be written back into source or recorded as decided. */
public final class DriftException extends FacadeSwitchException {

    public DriftException(DriftErrorCode reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
