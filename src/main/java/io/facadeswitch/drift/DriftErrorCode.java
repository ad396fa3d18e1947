package io.facadeswitch.drift;

import io.facadeswitch.ErrorCode;

/** Why drift could not be checked, written back or recorded. */
public enum DriftErrorCode implements ErrorCode {

    /** A source file could not be written or does not have the expected shape; the message names it. */
    DRIFT_WRITE_BACK_FAILED("DRIFT_WRITE_BACK_FAILED", 409),
    /** The database changed again between writing the files and recording the adoption. */
    DRIFT_CHANGED_MEANWHILE("DRIFT_CHANGED_MEANWHILE", 409);

    private final String code;
    private final int httpStatus;

    DriftErrorCode(String code, int httpStatus) {
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
