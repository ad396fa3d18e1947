package io.facadeswitch.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/** Every error the framework answers itself (404, 405, a malformed body) is a problem document too. */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        String detail = context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
        return new Problem("about:blank", response.reason(), response.code(), detail, null, null);
    }

    @Override
    public String contentType() {
        return Problem.PROBLEM_JSON.toString();
    }
}
