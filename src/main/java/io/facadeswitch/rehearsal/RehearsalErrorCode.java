package io.facadeswitch.rehearsal;

import io.facadeswitch.ErrorCode;

/** Why a rehearsal could not be made (a rehearsal that ran and failed is a report, not an error). */
public enum RehearsalErrorCode implements ErrorCode {

    /** The rehearsal server could not be reached or started, or may not create a database. */
    REHEARSAL_SERVER_UNAVAILABLE("REHEARSAL_SERVER_UNAVAILABLE", 503),
    /** The rehearsal server's major version is not the environment's, and no one allowed that. */
    REHEARSAL_VERSION_MISMATCH("REHEARSAL_VERSION_MISMATCH", 409),
    /** No usable {@code pg_dump}: missing, or older than the environment's server. */
    REHEARSAL_PG_DUMP_UNAVAILABLE("REHEARSAL_PG_DUMP_UNAVAILABLE", 503);

    private final String code;
    private final int httpStatus;

    RehearsalErrorCode(String code, int httpStatus) {
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
