package io.facadeswitch.sources;

import io.facadeswitch.ErrorCode;

/** Why an uploaded source bundle or a release bundle file was refused; nothing of it was used. */
public enum BundleErrorCode implements ErrorCode {

    /** Not a zip, an unsafe or duplicate entry name, or the part the request needs is missing. */
    INVALID("BUNDLE_INVALID", 400),
    /** More entries or more unpacked bytes than the switch takes. */
    TOO_LARGE("BUNDLE_TOO_LARGE", 413),
    /** A release bundle's manifest is missing, unreadable or of a format this version does not know. */
    MANIFEST_INVALID("BUNDLE_MANIFEST_INVALID", 400),
    /** A part of a release bundle, or the manifest's overall checksum, is not what the manifest says: edited after build. */
    CHECKSUM_MISMATCH("BUNDLE_CHECKSUM_MISMATCH", 400),
    /** {@code bundle} would overwrite an archive that is already there. */
    FILE_EXISTS("BUNDLE_FILE_EXISTS", 409);

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
