package io.facadeswitch.environment;

import io.facadeswitch.ErrorCode;

/**
 * Why the environments file could not be used. All are the caller's to fix (the file, the
 * {@code --env} name or a variable the pipeline did not set), hence 400.
 */
public enum EnvironmentErrorCode implements ErrorCode {

    /** The file is not valid YAML or breaks a rule of its format; the message names the line. */
    ENV_CONFIG_INVALID("ENV_CONFIG_INVALID", 400),
    /** {@code --config} names a file that does not exist, or {@code --env} was given and there is no file. */
    ENV_CONFIG_MISSING("ENV_CONFIG_MISSING", 400),
    /** {@code --env} names an environment the file does not list. */
    ENV_UNKNOWN("ENV_UNKNOWN", 400),
    /** A {@code ${VARIABLE}} the environment's connection needs is not set. */
    ENV_VARIABLE_UNSET("ENV_VARIABLE_UNSET", 400);

    private final String code;
    private final int httpStatus;

    EnvironmentErrorCode(String code, int httpStatus) {
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
