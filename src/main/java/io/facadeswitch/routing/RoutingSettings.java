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
 * @param replicaExpiry how long the row of a replica that stopped without leaving (killed, lost
 *                      with its host) stays in {@code facade_switch.replicas} after its last heartbeat
 */
@ConfigurationProperties("facade.routing")
public record RoutingSettings(@Bindable(defaultValue = "1s") @NotNull Duration pollInterval,
                              @Bindable(defaultValue = "1s") @NotNull Duration listenRetry,
                              @Bindable(defaultValue = "10m") @NotNull Duration replicaExpiry) {

    public RoutingSettings {
        if (replicaExpiry.toMillis() < Math.max(10_000, pollInterval.toMillis() * 10)) {
            throw new IllegalArgumentException("facade.routing.replica-expiry must be at least 10 heartbeats and 10s"
                    + " (got " + replicaExpiry.toMillis() + " ms): a slow replica would be forgotten while alive");
        }
    }

    /** A replica counts as live when heard from within three heartbeats (and at least 3 s). */
    public double liveWithinSeconds() {
        return Math.max(3, pollInterval.toMillis() * 3 / 1000.0);
    }
}
