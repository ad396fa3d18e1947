package io.facadeswitch.facade;

import io.facadeswitch.ErrorCode;

/**
 * Why a deploy or plan was refused or failed. Every one is 409: the sources or the database's
 * state conflict with the release, and nothing of it was applied.
 */
public enum DeployErrorCode implements ErrorCode {

    SOURCES_UNREADABLE("DEPLOY_SOURCES_UNREADABLE", 409),
    SOURCES_INVALID("DEPLOY_SOURCES_INVALID", 409),
    BAD_RELEASE_NAME("DEPLOY_BAD_RELEASE_NAME", 409),
    RELEASE_NAME_TAKEN("DEPLOY_RELEASE_NAME_TAKEN", 409),
    SQL_FAILED("DEPLOY_SQL_FAILED", 409),
    TEST_FAILED("DEPLOY_TEST_FAILED", 409),
    VERIFY_FAILED("DEPLOY_VERIFY_FAILED", 409),
    APP_ROLE_MISSING("DEPLOY_APP_ROLE_MISSING", 409),
    TARGET_IN_USE("DEPLOY_TARGET_IN_USE", 409),
    OWNER_ROLE_UNSAFE("DEPLOY_OWNER_ROLE_UNSAFE", 409),
    REACHED_OUTSIDE("DEPLOY_REACHED_OUTSIDE", 409),
    TARGET_DRIFTED("DEPLOY_TARGET_DRIFTED", 409);

    private final String code;
    private final int httpStatus;

    DeployErrorCode(String code, int httpStatus) {
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
