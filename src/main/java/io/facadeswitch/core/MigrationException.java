package io.facadeswitch.core;

import io.facadeswitch.FacadeSwitchException;

/** A core migration failed or was refused; nothing of the run was applied. */
public final class MigrationException extends FacadeSwitchException {

    public enum Code { CHANGELOG_UNREADABLE, CHANGESET_FAILED, BREAKS_LIVE_COLOUR }

    private final Code code;

    MigrationException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    @Override
    public String code() {
        return "MIGRATE_" + code.name();
    }

    public Code reason() {
        return code;
    }
}
