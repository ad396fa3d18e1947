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

    /**
     * For a subclass that still names its code by overriding {@link #code()}: it is answered as an
     * unclassified failure (500), as every such exception was before codes had statuses.
     *
     * @deprecated pass an {@link ErrorCode} instead; only {@code ApiTokens.ApiConfigException} is
     *     left, kept as it is while its file is being reworked elsewhere
     */
    @Deprecated
    protected FacadeSwitchException(String message, Throwable cause) {
        super(message, cause);
        this.errorCode = null;
    }

    /** What went wrong, as a code with its HTTP status. */
    public ErrorCode errorCode() {
        return errorCode != null ? errorCode : new Unclassified(code());
    }

    /** A stable, machine-readable error code such as {@code DEPLOY_SQL_FAILED}. */
    public String code() {
        if (errorCode == null) {
            throw new IllegalStateException(getClass().getName() + " was built without an error code and must"
                    + " override code()");
        }
        return errorCode.code();
    }

    private record Unclassified(String code) implements ErrorCode {
        @Override
        public int httpStatus() {
            return 500;
        }
    }
}
