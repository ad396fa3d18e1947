package io.facadeswitch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.facadeswitch.control.DriftFlag;
import io.facadeswitch.replica.ProxyReport;
import io.facadeswitch.replica.ProxySettlement;
import io.facadeswitch.replica.ReplicaRow;
import io.facadeswitch.routing.RoutingSnapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/status}: the status document (docs/api.md, "Requests"; its shape in docs/cli.md),
 * plus the live replicas (the generation each applies and its proxy's report) and the connections
 * on each colour per instance, summed over the replicas' proxies, and the drift flag of the last check.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatusDocument(long generation, @Nullable String active, Map<String, RoutingSnapshot.ColourStatus> colours,
                             @Nullable RoutingSnapshot.Canary canary, List<ReplicaRow> replicas,
                             List<ProxyReport.InstanceConnections> connections, @Nullable DriftFlag drift) {

    /** @param drift what the last drift check found; {@code null} when none has run */
    public static StatusDocument of(RoutingSnapshot snapshot, List<ReplicaRow> replicas, @Nullable DriftFlag drift) {
        return new StatusDocument(snapshot.generation(), snapshot.active(), snapshot.colours(), snapshot.canary(),
                replicas, ProxySettlement.connections(replicas), drift);
    }

    public RoutingSnapshot routing() {
        return new RoutingSnapshot(generation, active, colours, canary);
    }
}
