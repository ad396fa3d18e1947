package io.facadeswitch.reference;

import io.facadeswitch.ErrorCode;

/** Why reference data could not be read, planned or synchronized; nothing of the run was applied. */
public enum ReferenceErrorCode implements ErrorCode {

    /** A CSV or manifest breaks the format, or does not fit its table; the message names file and line. */
    REFERENCE_FILE_INVALID("REFERENCE_FILE_INVALID", 400),
    /** A delete would remove a row that rows outside the reference data still reference. */
    REFERENCE_DELETE_REFERENCED("REFERENCE_DELETE_REFERENCED", 409),
    /** The server refused a value or a statement of the synchronization. */
    REFERENCE_SYNC_FAILED("REFERENCE_SYNC_FAILED", 409);

    private final String code;
    private final int httpStatus;

    ReferenceErrorCode(String code, int httpStatus) {
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
