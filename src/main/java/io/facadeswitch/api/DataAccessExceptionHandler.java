package io.facadeswitch.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database could not be reached or answered with an error outside any known operation: 503,
 * so callers retry, with no driver text (it may name hosts or users) in the answer.
 */
@Produces
@Singleton
@Requires(classes = {DataAccessException.class, ExceptionHandler.class})
final class DataAccessExceptionHandler implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(DataAccessExceptionHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessException error) {
        LOG.warn("{} {} failed on the database: {}", request.getMethod(), request.getPath(), error.getMessage());
        return Problem.response(ApiErrorCode.DB_UNAVAILABLE, "the control database is unavailable; retry shortly");
    }
}
