package io.facadeswitch.db;

import io.facadeswitch.ErrorCode;

/**
 * What went wrong talking with PostgreSQL outside any deploy or migration step.
 */
public enum DatabaseErrorCode implements ErrorCode {

    /** 503, so callers retry: the database may be back shortly. */
    CONNECTION_FAILED("DB_CONNECTION_FAILED", 503),
    /** Another operator held the switch lock past {@code facade.switch-lock-wait}: 503, retry once they are done. */
    LOCK_TIMEOUT("DB_LOCK_TIMEOUT", 503),
    BAD_IDENTIFIER("DB_BAD_IDENTIFIER", 500),
    EMBEDDED_FAILED("DB_EMBEDDED_FAILED", 500),
    /** A command that does not install the control schema was given a database without one. */
    CONTROL_SCHEMA_MISSING("DB_CONTROL_SCHEMA_MISSING", 409),
    /** The embedded data folder is held by another running process. */
    EMBEDDED_IN_USE("DB_EMBEDDED_IN_USE", 409),
    /** The jar carries no embedded PostgreSQL for this operating system and processor. */
    EMBEDDED_UNSUPPORTED("DB_EMBEDDED_UNSUPPORTED", 500),
    QUERY_FAILED("DB_QUERY_FAILED", 500);

    private final String code;
    private final int httpStatus;

    DatabaseErrorCode(String code, int httpStatus) {
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
