package io.facadeswitch.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Locale;

/**
 * {@code GET /api/whoami}: the token's name and role, so that a client (the dashboard) offers only what the token
 * may do. The server still checks every change itself.
 */
@Controller("/api/whoami")
@SecurityRequirement(name = "bearer")
final class WhoAmIController {

    /** {@code role} is {@code read} or {@code operate}. */
    @Serdeable
    record Caller(String name, String role) {
    }

    @Get
    @Operation(summary = "The token's name (the actor in the audit log) and its role")
    Caller whoami(@RequestAttribute(ApiAuthFilter.ACTOR) String actor, @RequestAttribute(ApiAuthFilter.ROLE) ApiRole role) {
        return new Caller(actor, role.name().toLowerCase(Locale.ROOT));
    }
}
