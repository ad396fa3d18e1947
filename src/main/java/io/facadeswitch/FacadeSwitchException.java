package io.facadeswitch;

import java.util.Objects;

/**
 * Base of the one unchecked exception type each area throws. The message says what failed and
 * what to do; the {@link ErrorCode} is stable for scripts and tests and decides the HTTP status.
 */
public abstract class FacadeSwitchException extends RuntimeException {

    private final ErrorCode errorCode;

    protected FacadeSwitchException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    /** What went wrong, as a code with its HTTP status. */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** A stable, machine-readable error code such as {@code DEPLOY_SQL_FAILED}. */
    public String code() {
        return errorCode.code();
    }
}
