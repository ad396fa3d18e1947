package io.facadeswitch.backup;

import io.facadeswitch.ErrorCode;

/** Why a backup could not be written, listed or restored. */
public enum BackupErrorCode implements ErrorCode {

    /** Writing a backup failed; {@code migrate-core} answers it as {@code MIGRATE_BACKUP_FAILED}. */
    WRITE_FAILED("BACKUP_WRITE_FAILED", 500),
    NOT_FOUND("BACKUP_NOT_FOUND", 404),
    CORRUPT("BACKUP_CORRUPT", 409),
    TARGET_NOT_EMPTY("RESTORE_TARGET_NOT_EMPTY", 409),
    SAME_DATABASE("RESTORE_SAME_DATABASE", 409),
    RESTORE_FAILED("RESTORE_FAILED", 500);

    private final String code;
    private final int httpStatus;

    BackupErrorCode(String code, int httpStatus) {
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
