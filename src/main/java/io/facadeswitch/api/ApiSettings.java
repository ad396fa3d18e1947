package io.facadeswitch.api;

import io.facadeswitch.sources.BundleLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * Who may use the HTTP API, and how much it takes, under {@code facade.api.*}. Checked when built:
 * a token that cannot be used stops {@code serve} at startup, named without its secret.
 *
 * @param tokens           the bearer tokens, from a list of {name, role, secret} in configuration or
 *                         {@code name:role:secret} entries separated by commas (FACADE_API_TOKENS);
 *                         only the SHA-256 of each secret is kept
 * @param openReads        whether GET and HEAD requests without an Authorization header are let in
 * @param maxUploadSize    the largest source bundle a deploy, migrate-core or plan may upload, in bytes
 *                         (16 MiB by default); {@code micronaut.server.max-request-size} follows it
 * @param maxUnpackedSize  the most bytes an uploaded bundle may unpack to (64 MiB by default)
 * @param maxBundleEntries the most files and folders an uploaded bundle may hold (10,000 by default)
 */
@ConfigurationProperties("facade.api")
record ApiSettings(List<ApiToken> tokens, boolean openReads, long maxUploadSize, long maxUnpackedSize,
                   int maxBundleEntries) {

    ApiSettings {
        tokens = List.copyOf(tokens);
        if (maxUploadSize < 1 || maxUnpackedSize < 1 || maxBundleEntries < 1) {
            throw new IllegalArgumentException("facade.api.max-upload-size, max-unpacked-size and"
                    + " max-bundle-entries must be positive");
        }
    }

    /**
     * What configuration holds: a list of maps from YAML, or one string from the environment,
     * which a {@code List} binding would split at its commas and so lose the entry numbers that
     * the error messages give.
     */
    @Creator
    ApiSettings(@Nullable Object tokens, @Bindable(defaultValue = "false") boolean openReads,
                @Bindable(defaultValue = "16777216") long maxUploadSize,
                @Bindable(defaultValue = "67108864") long maxUnpackedSize,
                @Bindable(defaultValue = "10000") int maxBundleEntries) {
        this(ApiTokens.parse(tokens), openReads, maxUploadSize, maxUnpackedSize, maxBundleEntries);
    }

    BundleLimits bundleLimits() {
        return new BundleLimits(maxBundleEntries, maxUnpackedSize);
    }
}
