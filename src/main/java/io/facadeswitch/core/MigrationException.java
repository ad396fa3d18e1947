package io.facadeswitch.core;

import io.facadeswitch.FacadeSwitchException;

/** A core migration failed or was refused; nothing of the run was applied. */
public final class MigrationException extends FacadeSwitchException {

    private final MigrationErrorCode reason;

    MigrationException(MigrationErrorCode reason, String message, Throwable cause) {
        super(reason, message, cause);
        this.reason = reason;
    }

    public MigrationErrorCode reason() {
        return reason;
    }
}
