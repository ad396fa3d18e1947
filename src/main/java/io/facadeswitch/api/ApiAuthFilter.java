package io.facadeswitch.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;

/**
 * Bearer-token authentication for {@code /api}: changes need an {@code operate} token; reads need
 * any token, or none when {@code facade.api.open-reads} is true. The token's name becomes the
 * request's actor.
 */
@ServerFilter("/api/**")
final class ApiAuthFilter implements Ordered {

    static final String ACTOR = "facade.actor";
    static final String ROLE = "facade.role";

    private final ApiTokens tokens;
    private final boolean openReads;

    ApiAuthFilter(ApiTokens tokens, ApiSettings settings) {
        this.tokens = tokens;
        this.openReads = settings.openReads();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        boolean reading = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        Optional<ApiToken> token = tokens.match(header);
        if (token.isEmpty()) {
            if (reading && openReads && header == null) {
                request.setAttribute(ACTOR, "anonymous");
                request.setAttribute(ROLE, ApiRole.READ);
                return null;
            }
            MutableHttpResponse<Problem> refused = (MutableHttpResponse<Problem>) Problem.response(
                    ApiErrorCode.UNAUTHENTICATED, header == null ? "send Authorization: Bearer <token>"
                            : "the bearer token is not one of facade.api.tokens");
            return refused.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"facade-switch\"");
        }
        if (!reading && token.get().role() != ApiRole.OPERATE) {
            return Problem.response(ApiErrorCode.FORBIDDEN, "token " + token.get().name()
                    + " may only read; changes need a token with role operate");
        }
        request.setAttribute(ACTOR, token.get().name());
        request.setAttribute(ROLE, token.get().role());
        return null;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
