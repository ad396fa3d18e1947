package io.facadeswitch.backup;

import io.facadeswitch.FacadeSwitchException;

/** A backup could not be written, read or restored; the message says which file or table, and what to do. */
public final class BackupException extends FacadeSwitchException {

    private final BackupErrorCode reason;

    BackupException(BackupErrorCode reason, String message, Throwable cause) {
        super(reason, message, cause);
        this.reason = reason;
    }

    public BackupErrorCode reason() {
        return reason;
    }
}
