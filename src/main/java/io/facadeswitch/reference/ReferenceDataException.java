package io.facadeswitch.reference;

import io.facadeswitch.FacadeSwitchException;

/** Reference data could not be read, planned or synchronized as declared; nothing was applied. */
public final class ReferenceDataException extends FacadeSwitchException {

    private final ReferenceErrorCode reason;

    public ReferenceDataException(ReferenceErrorCode reason, String message, Throwable cause) {
        super(reason, message, cause);
        this.reason = reason;
    }

    public ReferenceDataException(ReferenceErrorCode reason, String message) {
        this(reason, message, null);
    }

    public ReferenceErrorCode reason() {
        return reason;
    }
}
