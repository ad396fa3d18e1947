package io.facadeswitch.replica;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a replica's proxy reports with each heartbeat.
 *
 * @param generation  the routing generation the proxy applies
 * @param connections client connections open now
 * @param pendingIdle connections between transactions that are not yet on their colour (they move at once)
 * @param pendingBusy connections in a request or transaction that move when it ends
 * @param instances   connections per instance and colour
 * @param pending     the first connections not yet on their colour
 */
@Serdeable
public record ProxyReport(int port, long generation, int connections, int pendingIdle, int pendingBusy,
                          @Nullable List<InstanceConnections> instances, @Nullable List<PendingMove> pending) {

    public ProxyReport {
        // Empty lists may be left out of the stored JSON.
        instances = instances == null ? List.of() : List.copyOf(instances);
        pending = pending == null ? List.of() : List.copyOf(pending);
    }

    @Serdeable
    public record InstanceConnections(String instance, String colour, int connections) {
    }

    /** A connection not yet on the colour the routing gives it. */
    @Serdeable
    public record PendingMove(String instance, @Nullable String colour, String target, boolean busy, long busyMillis) {
    }
}
