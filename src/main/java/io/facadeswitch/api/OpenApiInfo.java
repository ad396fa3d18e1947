package io.facadeswitch.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Names the OpenAPI document generated at build time, served at /openapi/facade-switch-0.1.0.yml. */
@OpenAPIDefinition(info = @Info(title = "facade-switch", version = "0.1.0",
        description = "Blue-green switch for PostgreSQL facades: routing, canaries, releases and audit"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
final class OpenApiInfo {

    private OpenApiInfo() {
    }
}
