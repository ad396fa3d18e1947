package io.facadeswitch.sources;

import io.facadeswitch.FacadeSwitchException;

/** A source bundle could not be packed or was refused when unpacked. */
public final class BundleException extends FacadeSwitchException {

    private final BundleErrorCode reason;

    public BundleException(BundleErrorCode reason, String message, Throwable cause) {
        super(reason, message, cause);
        this.reason = reason;
    }

    public BundleException(BundleErrorCode reason, String message) {
        this(reason, message, null);
    }

    public BundleErrorCode reason() {
        return reason;
    }
}
