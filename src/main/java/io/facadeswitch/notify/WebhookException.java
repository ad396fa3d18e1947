package io.facadeswitch.notify;

import io.facadeswitch.FacadeSwitchException;

/** A webhook is misconfigured; the message names the hook and the setting to fix. */
public final class WebhookException extends FacadeSwitchException {

    public WebhookException(String message) {
        super(WebhookErrorCode.SETTINGS, message, null);
    }
}
