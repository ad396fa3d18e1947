package io.facadeswitch.core;

import io.facadeswitch.ErrorCode;

/**
 * Why a core migration failed or was refused; nothing of the run was applied.
 */
public enum MigrationErrorCode implements ErrorCode {

    CHANGELOG_UNREADABLE("MIGRATE_CHANGELOG_UNREADABLE", 500),
    CHANGESET_FAILED("MIGRATE_CHANGESET_FAILED", 500),
    BREAKS_LIVE_COLOUR("MIGRATE_BREAKS_LIVE_COLOUR", 500),
    CORE_DRIFTED("MIGRATE_CORE_DRIFTED", 409),
    /** The backup of what the changesets touch failed, and the environment requires one. */
    BACKUP_FAILED("MIGRATE_BACKUP_FAILED", 500);

    private final String code;
    private final int httpStatus;

    MigrationErrorCode(String code, int httpStatus) {
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
