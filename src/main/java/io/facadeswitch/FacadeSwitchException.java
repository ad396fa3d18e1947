package io.facadeswitch;

/**
 * Base of the one unchecked exception type each area throws. The message says what failed and
 * what to do; {@link #code()} is stable for scripts and tests.
 */
public abstract class FacadeSwitchException extends RuntimeException {

    protected FacadeSwitchException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A stable, machine-readable error code such as {@code DEPLOY_SQL_FAILED}. */
    public abstract String code();
}
