package io.facadeswitch.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A request body over {@code micronaut.server.max-request-size} (which follows
 * {@code facade.api.max-upload-size}) is refused by the HTTP server before it is read; this says
 * so as the API's own problem, with what to do, instead of the framework's text.
 */
@Produces
@Singleton
@Replaces(ContentLengthExceededHandler.class)
final class UploadTooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {

    private final ApiSettings settings;

    UploadTooLargeHandler(ApiSettings settings) {
        this.settings = settings;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException error) {
        return Problem.response(ApiErrorCode.UPLOAD_TOO_LARGE, tooLarge(settings.maxUploadSize()));
    }

    static String tooLarge(long limit) {
        return "the upload is larger than this switch takes (facade.api.max-upload-size, " + limit + " bytes);"
                + " nothing was used: send only the source folders, or raise the limit on the switch";
    }
}
