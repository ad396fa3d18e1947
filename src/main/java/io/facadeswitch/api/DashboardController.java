package io.facadeswitch.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The dashboard's page at {@code /} (docs/dashboard.md). The page itself holds no data and needs no token: it
 * signs in with one and reads everything through {@code /api}; its scripts and styles are under
 * {@code /dashboard/}, and {@link SecurityHeadersFilter} gives all of it a strict Content-Security-Policy.
 */
@Controller
@Hidden
final class DashboardController {

    private final byte[] page;

    DashboardController() {
        try (InputStream in = DashboardController.class.getResourceAsStream("/dashboard/index.html")) {
            if (in == null) {
                throw new IllegalStateException("dashboard/index.html is missing from the jar: rebuild it");
            }
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read dashboard/index.html from the jar", e);
        }
    }

    @Get(produces = MediaType.TEXT_HTML + ";charset=utf-8")
    HttpResponse<byte[]> index() {
        return HttpResponse.ok(page).header("Cache-Control", "no-cache");
    }
}
