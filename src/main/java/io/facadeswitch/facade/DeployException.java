package io.facadeswitch.facade;

import io.facadeswitch.FacadeSwitchException;
import io.micronaut.core.annotation.Nullable;

/**
 * A deploy or plan was refused or failed. When SQL is to blame, {@link #file()}, {@link #line()}
 * and {@link #sqlState()} say where and what.
 */
public final class DeployException extends FacadeSwitchException {

    private final DeployErrorCode reason;
    private final String file;
    private final Integer line;
    private final String sqlState;

    DeployException(DeployErrorCode reason, String message, @Nullable String file, @Nullable Integer line,
                    @Nullable String sqlState, @Nullable Throwable cause) {
        super(reason, message, cause);
        this.reason = reason;
        this.file = file;
        this.line = line;
        this.sqlState = sqlState;
    }

    public DeployException(DeployErrorCode reason, String message) {
        this(reason, message, null, null, null, null);
    }

    /** The same failure, its message extended by what happened as a result and what to do. */
    DeployException withAdvice(String advice) {
        DeployException extended = new DeployException(reason, getMessage() + advice, file, line, sqlState, getCause());
        extended.setStackTrace(getStackTrace());
        return extended;
    }

    public DeployErrorCode reason() {
        return reason;
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
