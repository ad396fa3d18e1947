package io.facadeswitch.facade;

import io.facadeswitch.replica.ProxyReport;
import io.facadeswitch.replica.ProxySettlement;
import io.facadeswitch.replica.ReplicaRepository;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingSettings;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Application connections the live switch replicas' proxies report on a colour: a deploy must not
 * rebuild a colour that connections still use (docs/proxy.md, "What the proxy sees"), say after a
 * rollback while a long transaction finishes on the old colour.
 */
@Singleton
final class LiveConnections {

    private final ReplicaRepository replicas;
    private final RoutingSettings settings;

    LiveConnections(ReplicaRepository replicas, RoutingSettings settings) {
        this.replicas = replicas;
        this.settings = settings;
    }

    /** "3 connection(s) (app-7: 2, app-9: 1)", or empty when none are on the colour. */
    Optional<String> on(Colour colour) {
        List<ProxyReport.InstanceConnections> on = ProxySettlement.connections(replicas.live(settings.liveWithinSeconds()))
                .stream().filter(c -> colour.label().equals(c.colour())).toList();
        if (on.isEmpty()) {
            return Optional.empty();
        }
        int total = on.stream().mapToInt(ProxyReport.InstanceConnections::connections).sum();
        StringBuilder who = new StringBuilder();
        on.stream().limit(10).forEach(c -> who.append(who.length() == 0 ? "" : ", ").append(c.instance()).append(": ")
                .append(c.connections()));
        return Optional.of(total + " connection(s) (" + who + (on.size() > 10 ? ", …" : "") + ")");
    }
}
