package io.facadeswitch.api;

import io.facadeswitch.canary.RolloutException;
import io.facadeswitch.FacadeSwitchException;
import io.facadeswitch.OperatorText;
import io.facadeswitch.db.DatabaseException;
import io.facadeswitch.facade.DeployException;
import io.facadeswitch.routing.RoutingErrorCode;
import io.facadeswitch.routing.RoutingException;
import io.facadeswitch.routing.RoutingService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The product's own errors as problem documents: refusals that depend on the routing are 409 and
 * carry the current routing, so the caller can decide again without another request.
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
        HttpStatus status = status(error);
        Object current = status == HttpStatus.CONFLICT ? routing.snapshot() : null;
        return Problem.response(status, error.getMessage(), error.code(), current);
    }

    private static HttpStatus status(FacadeSwitchException error) {
        if (error instanceof OperatorText.InvalidInput) {
            return HttpStatus.BAD_REQUEST;
        }
        if (error instanceof RoutingException routingError) {
            return routingError.reason() == RoutingErrorCode.BAD_REQUEST ? HttpStatus.BAD_REQUEST
                    : HttpStatus.CONFLICT;
        }
        if (error instanceof RolloutException rolloutError) {
            return switch (rolloutError.reason()) {
                case BAD_PLAN, BAD_REQUEST -> HttpStatus.BAD_REQUEST;
                case NO_ROLLOUT -> HttpStatus.NOT_FOUND;
                case APPROVER_IS_INITIATOR -> HttpStatus.FORBIDDEN;
                default -> HttpStatus.CONFLICT;
            };
        }
        if (error instanceof DeployException) {
            return HttpStatus.CONFLICT;
        }
        if (error instanceof DatabaseException db && (db.code().equals("DB_LOCK_TIMEOUT")
                || db.code().equals("DB_CONNECTION_FAILED"))) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
