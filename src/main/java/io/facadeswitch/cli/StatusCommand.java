package io.facadeswitch.cli;

import io.facadeswitch.api.StatusDocument;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.drift.DriftCheck;
import io.facadeswitch.replica.ProxyReport;
import io.facadeswitch.replica.ReplicaRepository;
import io.facadeswitch.replica.ReplicaRow;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSettings;
import io.facadeswitch.routing.RoutingSnapshot;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the colours, their releases, the active colour, the routing generation, the running"
                + " switch replicas and the connections on each colour per instance.")
final class StatusCommand extends SwitchCommand {

    @Option(names = "--json", description = "Print the status as one JSON document.")
    boolean json;

    @Override
    int run(SwitchContext context) throws Exception {
        StatusDocument status = StatusDocument.of(context.bean(RoutingService.class).snapshot(),
                context.bean(ReplicaRepository.class).live(context.bean(RoutingSettings.class).liveWithinSeconds()),
                context.bean(DriftCheck.class).flag());
        if (json) {
            printJson(context, status);
        } else {
            print(status);
        }
        return 0;
    }

    @Override
    int runRemote(ApiClient client) {
        String body = client.get("/api/status");
        if (json) {
            printJson(body);
            return 0;
        }
        print(client.read(body, StatusDocument.class));
        return 0;
    }

    private void print(StatusDocument document) {
        print(document.routing());
        if (document.replicas().isEmpty()) {
            out().println("switch replicas: none running");
        }
        for (ReplicaRow replica : document.replicas()) {
            ProxyReport proxy = replica.proxy();
            out().printf("replica %s on %s (http %s%s) applies generation %d%s%n", replica.id(), replica.host(),
                    replica.httpPort(), proxy == null ? ", no proxy" : ", proxy " + proxy.port(), replica.generation(),
                    replica.listening() ? "" : " (not listening: polling)");
            if (proxy != null && proxy.pendingIdle() + proxy.pendingBusy() > 0) {
                out().printf("  %d connection(s) still to move: %d idle, %d in a transaction%n",
                        proxy.pendingIdle() + proxy.pendingBusy(), proxy.pendingIdle(), proxy.pendingBusy());
            }
        }
        out().println("drift: " + (document.drift() == null ? "never checked (run 'drift')" : document.drift().describe()));
        if (!document.connections().isEmpty()) {
            out().println("connections through the proxies:");
            for (ProxyReport.InstanceConnections c : document.connections()) {
                out().printf("  %-24s %-6s %d%n", c.instance(), c.colour(), c.connections());
            }
        }
    }

    private void print(RoutingSnapshot status) {
        out().printf("generation %d, active: %s%n", status.generation(),
                status.active() == null ? "none (deploy a release first)" : status.active());
        for (Map.Entry<String, RoutingSnapshot.ColourStatus> colour : status.colours().entrySet()) {
            RoutingSnapshot.ColourStatus c = colour.getValue();
            out().printf("  %-6s %-13s %-9s %s%n", colour.getKey(), c.schema(), c.state(),
                    c.release() == null ? "-" : "release " + c.release() + " (" + c.checksum().substring(0, 12) + ")");
        }
        RoutingSnapshot.Canary canary = status.canary();
        out().println("canary: " + (canary == null ? "none" : canary.colour() + ", pinned " + canary.instances()
                + ", sticky share " + canary.percent() + "%"));
    }
}
