package io.facadeswitch.sources;

import io.facadeswitch.ErrorCode;

/** Why an uploaded source bundle was refused; nothing of it was used. */
public enum BundleErrorCode implements ErrorCode {

    /** Not a zip, an unsafe or duplicate entry name, or the part the request needs is missing. */
    INVALID("BUNDLE_INVALID", 400),
    /** More entries or more unpacked bytes than the switch takes. */
    TOO_LARGE("BUNDLE_TOO_LARGE", 413);

    private final String code;
    private final int httpStatus;

    BundleErrorCode(String code, int httpStatus) {
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
