package io.facadeswitch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem details document.
 *
 * @param code    a stable error code for scripts ({@code ROUTING_STALE_GENERATION})
 * @param current the current routing, when a refusal depends on it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String code,
                      @Nullable Object current) {

    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    /** A refusal of the API's own, with the status its code names. */
    static HttpResponse<Problem> response(ApiErrorCode code, String detail) {
        return response(HttpStatus.valueOf(code.httpStatus()), detail, code.code(), null);
    }

    static HttpResponse<Problem> response(HttpStatus status, @Nullable String detail, @Nullable String code,
                                          @Nullable Object current) {
        String type = code == null ? "about:blank" : "https://facade-switch.dev/problems/" + code.toLowerCase()
                .replace('_', '-');
        return HttpResponse.<Problem>status(status)
                .contentType(PROBLEM_JSON)
                .body(new Problem(type, status.getReason(), status.getCode(), detail, code, current));
    }
}
