package io.facadeswitch.notify;

import io.facadeswitch.ErrorCode;

/**
 * A webhook is misconfigured; found at startup, so never answered to an API caller.
 */
public enum WebhookErrorCode implements ErrorCode {

    SETTINGS("WEBHOOK_SETTINGS", 500);

    private final String code;
    private final int httpStatus;

    WebhookErrorCode(String code, int httpStatus) {
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
