package io.facadeswitch.db;

import io.facadeswitch.FacadeSwitchException;

/** Connecting to or talking with PostgreSQL failed outside any deploy or migration step. */
public final class DatabaseException extends FacadeSwitchException {

    public enum Code { CONNECTION_FAILED, LOCK_TIMEOUT, BAD_IDENTIFIER, EMBEDDED_FAILED, QUERY_FAILED }

    private final Code code;

    public DatabaseException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public DatabaseException(Code code, String message) {
        this(code, message, null);
    }

    @Override
    public String code() {
        return "DB_" + code.name();
    }
}
