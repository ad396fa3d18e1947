package io.facadeswitch.drift;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How {@code serve} watches for drift.
 *
 * @param interval         how often it checks every layer (FACADE_DRIFT_INTERVAL); 0s turns the watch off
 * @param captureRetention how long captured DDL statements are kept (FACADE_DRIFT_CAPTURE_RETENTION); the watch
 *                         deletes older ones
 */
@ConfigurationProperties("facade.drift")
public record DriftSettings(@Bindable(defaultValue = "1m") @NotNull Duration interval,
                            @Bindable(defaultValue = "90d") @NotNull Duration captureRetention) {
}
