package io.facadeswitch.api;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers on every answer of the HTTP port. The Content-Security-Policy allows scripts, styles and requests only
 * from this origin, and no inline script or style at all: the dashboard sets every dynamic text as text, and even
 * were some markup to slip into a page, it could not run. The API's JSON is never to be sniffed as HTML, framed,
 * or sent on as a referrer.
 */
@ServerFilter("/**")
final class SecurityHeadersFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("X-Frame-Options", "DENY");
    }
}
