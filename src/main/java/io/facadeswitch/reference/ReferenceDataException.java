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

    /** {@code REFERENCE_FILE_INVALID}: {@code message} names the file and line and says what to do. */
    static ReferenceDataException fileInvalid(String message) {
        return new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID, message);
    }

    public ReferenceErrorCode reason() {
        return reason;
    }
}
