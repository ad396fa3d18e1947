package io.facadeswitch.routing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How a running switch follows routing changes, under {@code facade.routing.*}.
 *
 * @param pollInterval how often the generation is polled, the safety net for lost notifications;
 *                     also the heartbeat period
 * @param listenRetry  the pause before listening again after the notification connection broke
 */
@ConfigurationProperties("facade.routing")
public record RoutingSettings(@Bindable(defaultValue = "1s") @NotNull Duration pollInterval,
                              @Bindable(defaultValue = "1s") @NotNull Duration listenRetry) {

    /** A replica counts as live when heard from within three heartbeats (and at least 3 s). */
    public double liveWithinSeconds() {
        return Math.max(3, pollInterval.toMillis() * 3 / 1000.0);
    }
}
