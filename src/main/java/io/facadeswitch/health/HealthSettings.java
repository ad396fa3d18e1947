package io.facadeswitch.health;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How a running switch checks its database, under {@code facade.health.*}.
 *
 * @param probeInterval how often the probe asks the database ({@code SELECT 1}) on a connection of its own
 * @param probeTimeout  how long an answer may take before the database counts as unavailable; under a
 *                      second by default, so a read waiting for the database gets its 503 within one
 */
@ConfigurationProperties("facade.health")
public record HealthSettings(@Bindable(defaultValue = "1s") @NotNull Duration probeInterval,
                             @Bindable(defaultValue = "800ms") @NotNull Duration probeTimeout) {

    public HealthSettings {
        if (probeInterval.toMillis() < 100 || probeTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("facade.health.probe-interval and probe-timeout must be 100ms or"
                    + " more (got " + probeInterval.toMillis() + " ms and " + probeTimeout.toMillis() + " ms)");
        }
    }
}
