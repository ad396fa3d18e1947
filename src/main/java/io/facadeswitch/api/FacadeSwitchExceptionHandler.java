package io.facadeswitch.api;

import io.facadeswitch.FacadeSwitchException;
import io.facadeswitch.routing.RoutingService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The product's own errors as problem documents, with the status their error code names: refusals
 * that depend on the routing are 409 and carry the current routing, so the caller can decide again
 * without another request.
 */
@Produces
@Singleton
@Requires(classes = {FacadeSwitchException.class, ExceptionHandler.class})
final class FacadeSwitchExceptionHandler implements ExceptionHandler<FacadeSwitchException, HttpResponse<Problem>> {

    private final RoutingService routing;

    FacadeSwitchExceptionHandler(RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, FacadeSwitchException error) {
        HttpStatus status = HttpStatus.valueOf(error.errorCode().httpStatus());
        Object current = status == HttpStatus.CONFLICT ? routing.snapshot() : null;
        return Problem.response(status, error.getMessage(), error.code(), current);
    }
}
