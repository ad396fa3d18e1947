package io.facadeswitch.facade;

import io.facadeswitch.FacadeSwitchException;
import io.micronaut.core.annotation.Nullable;

/**
 * A deploy or plan was refused or failed. When SQL is to blame, {@link #file()}, {@link #line()}
 * and {@link #sqlState()} say where and what.
 */
public final class DeployException extends FacadeSwitchException {

    public enum Code {
        SOURCES_UNREADABLE, SOURCES_INVALID, BAD_RELEASE_NAME, RELEASE_NAME_TAKEN, SQL_FAILED, TEST_FAILED,
        VERIFY_FAILED, APP_ROLE_MISSING, TARGET_IN_USE, OWNER_ROLE_UNSAFE, REACHED_OUTSIDE
    }

    private final Code code;
    private final String file;
    private final Integer line;
    private final String sqlState;

    DeployException(Code code, String message, @Nullable String file, @Nullable Integer line,
                    @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, cause);
        this.code = code;
        this.file = file;
        this.line = line;
        this.sqlState = sqlState;
    }

    DeployException(Code code, String message) {
        this(code, message, null, null, null, null);
    }

    /** The same failure, its message extended by what happened as a result and what to do. */
    DeployException withAdvice(String advice) {
        DeployException extended = new DeployException(code, getMessage() + advice, file, line, sqlState, getCause());
        extended.setStackTrace(getStackTrace());
        return extended;
    }

    @Override
    public String code() {
        return "DEPLOY_" + code.name();
    }

    public Code reason() {
        return code;
    }

    public @Nullable String file() {
        return file;
    }

    public @Nullable Integer line() {
        return line;
    }

    public @Nullable String sqlState() {
        return sqlState;
    }
}
