package io.facadeswitch.rehearsal;

import io.facadeswitch.FacadeSwitchException;

/** A rehearsal could not be made at all: no server, no copy tool. */
public final class RehearsalException extends FacadeSwitchException {

    public RehearsalException(RehearsalErrorCode reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
