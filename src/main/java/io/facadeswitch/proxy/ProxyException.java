package io.facadeswitch.proxy;

import io.facadeswitch.FacadeSwitchException;

/** The proxy could not start or is misconfigured. */
public final class ProxyException extends FacadeSwitchException {

    public ProxyException(String message) {
        super(message, null);
    }

    public ProxyException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String code() {
        return "PROXY";
    }
}
