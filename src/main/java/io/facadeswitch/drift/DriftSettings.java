package io.facadeswitch.drift;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How {@code serve} watches for drift.
 *
 * @param interval how often it checks every layer (FACADE_DRIFT_INTERVAL); 0 turns the watch off
 */
@ConfigurationProperties("facade.drift")
public record DriftSettings(@Bindable(defaultValue = "1m") @NotNull Duration interval) {
}
