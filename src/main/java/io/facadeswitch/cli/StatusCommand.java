package io.facadeswitch.cli;

import io.facadeswitch.api.StatusDocument;
import io.facadeswitch.db.SwitchContext;
import io.facadeswitch.routing.ReplicaRow;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the colours, their releases, the active colour and the routing generation.")
final class StatusCommand extends SwitchCommand {

    @Option(names = "--json", description = "Print the status as one JSON document.")
    boolean json;

    @Override
    int run(SwitchContext context) throws Exception {
        RoutingSnapshot status = context.bean(RoutingService.class).snapshot();
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
        StatusDocument status = client.read(body, StatusDocument.class);
        print(new RoutingSnapshot(status.generation(), status.active(), status.colours(), status.canary()));
        for (ReplicaRow replica : status.replicas()) {
            out().printf("  replica %s on %s:%s applies generation %d%s%n", replica.id(), replica.host(),
                    replica.httpPort(), replica.generation(), replica.listening() ? "" : " (not listening: polling)");
        }
        return 0;
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
