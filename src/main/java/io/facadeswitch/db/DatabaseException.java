package io.facadeswitch.db;

import io.facadeswitch.FacadeSwitchException;

/** Connecting to or talking with PostgreSQL failed outside any deploy or migration step. */
public final class DatabaseException extends FacadeSwitchException {

    public DatabaseException(DatabaseErrorCode reason, String message, Throwable cause) {
        super(reason, message, cause);
    }

    public DatabaseException(DatabaseErrorCode reason, String message) {
        this(reason, message, null);
    }
}
