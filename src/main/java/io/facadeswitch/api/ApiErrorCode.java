package io.facadeswitch.api;

import io.facadeswitch.ErrorCode;

/**
 * The API's own refusals, answered before any area is asked.
 */
public enum ApiErrorCode implements ErrorCode {

    UNAUTHENTICATED("API_UNAUTHENTICATED", 401),
    /** A {@code read} token tried a change. */
    FORBIDDEN("API_FORBIDDEN", 403),
    /** {@code facade.api.tokens} cannot be used; found at startup. */
    TOKENS_INVALID("API_TOKENS_INVALID", 500),
    /** An uploaded source bundle is larger than {@code facade.api.max-upload-size}. */
    UPLOAD_TOO_LARGE("API_UPLOAD_TOO_LARGE", 413),
    /** {@code serve}'s HTTP port is taken by another process; found at startup. */
    HTTP_PORT_IN_USE("API_HTTP_PORT_IN_USE", 500),
    /** No such release (or other named thing) to read. */
    NOT_FOUND("API_NOT_FOUND", 404),
    /** The control database is away: answered at once, with {@code Retry-After}, so callers retry. */
    DB_UNAVAILABLE("DB_UNAVAILABLE", 503);

    private final String code;
    private final int httpStatus;

    ApiErrorCode(String code, int httpStatus) {
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
