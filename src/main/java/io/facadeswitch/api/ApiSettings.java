package io.facadeswitch.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * Who may use the HTTP API, under {@code facade.api.*}. Checked when built: a token that cannot
 * be used stops {@code serve} at startup, named without its secret.
 *
 * @param tokens    the bearer tokens, from a list of {name, role, secret} in configuration or
 *                  {@code name:role:secret} entries separated by commas (FACADE_API_TOKENS); only
 *                  the SHA-256 of each secret is kept
 * @param openReads whether GET and HEAD requests without an Authorization header are let in
 */
@ConfigurationProperties("facade.api")
record ApiSettings(List<ApiToken> tokens, boolean openReads) {

    ApiSettings {
        tokens = List.copyOf(tokens);
    }

    /**
     * What configuration holds: a list of maps from YAML, or one string from the environment,
     * which a {@code List} binding would split at its commas and so lose the entry numbers that
     * the error messages give.
     */
    @Creator
    ApiSettings(@Nullable Object tokens, @Bindable(defaultValue = "false") boolean openReads) {
        this(ApiTokens.parse(tokens), openReads);
    }
}
