package io.facadeswitch.proxy;

import io.facadeswitch.ErrorCode;
import io.facadeswitch.FacadeSwitchException;

/** The proxy could not start or is misconfigured. */
public final class ProxyException extends FacadeSwitchException {

    /** The proxy's one code; it lives here so the proxy package gains no file for it. */
    public enum ProxyErrorCode implements ErrorCode {

        /** Found at startup (settings, TLS files, the listening port), so never answered to an API caller. */
        PROXY("PROXY", 500),
        /** The proxy's port is taken by another process. */
        PORT_IN_USE("PROXY_PORT_IN_USE", 500);

        private final String code;
        private final int httpStatus;

        ProxyErrorCode(String code, int httpStatus) {
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

    public ProxyException(String message) {
        super(ProxyErrorCode.PROXY, message, null);
    }

    public ProxyException(String message, Throwable cause) {
        super(ProxyErrorCode.PROXY, message, cause);
    }

    public ProxyException(ProxyErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
