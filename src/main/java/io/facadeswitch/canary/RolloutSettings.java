package io.facadeswitch.canary;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How {@code serve} drives rollouts, under {@code facade.rollout.*} (the analysis's thresholds are
 * under {@code facade.rollout.analysis.*}).
 *
 * @param tick            how often the driver looks at the live rollout: a broken facade is caught
 *                        within one tick of the proxy's flush
 * @param grace           how long after a window's end its figures are read, for the last flushes to land
 * @param sampleRetention how long the proxies' samples are kept
 */
@ConfigurationProperties("facade.rollout")
public record RolloutSettings(@Bindable(defaultValue = "1s") @NotNull Duration tick,
                              @Bindable(defaultValue = "500ms") @NotNull Duration grace,
                              @Bindable(defaultValue = "24h") @NotNull Duration sampleRetention) {
}
