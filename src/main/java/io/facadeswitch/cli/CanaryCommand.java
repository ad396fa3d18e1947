package io.facadeswitch.cli;

import io.facadeswitch.db.SwitchContext;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import io.facadeswitch.routing.Colour;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "canary", mixinStandardHelpOptions = true,
        description = {"Routes named instances and/or a sticky share of all instances to the standby colour's new"
                + " release.", "Raising the share only adds instances; 'abort' ends the canary, 'promote' makes it"
                + " everyone's."})
final class CanaryCommand extends SwitchCommand {

    @Option(names = "--instances", split = ",", paramLabel = "NAME",
            description = "Instances (their application_name) to pin to the canary, comma-separated.")
    List<String> instances;

    @Option(names = "--percent", paramLabel = "P", description = "Sticky share of all instances, 0 to 100.")
    Double percent;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
    String reason;

    @Option(names = "--expect-generation", paramLabel = "N",
            description = "Refuse unless the routing is still at this generation.")
    Long expectedGeneration;

    @Option(names = "--json", description = "Print the new status as one JSON document.")
    boolean json;

    @Override
    int run(SwitchContext context) throws Exception {
        RoutingSnapshot after = context.bean(RoutingService.class)
                .canary(common.actor(), instances == null ? List.of() : instances, percent, reason, expectedGeneration);
        if (json) {
            printJson(context, after);
        } else {
            print(after);
        }
        return 0;
    }

    @Override
    int runRemote(ApiClient client) {
        Map<String, Object> body = new HashMap<>();
        body.put("instances", instances == null ? List.of() : instances);
        body.put("percent", percent);
        body.put("reason", reason);
        body.put("expectedGeneration", expectedGeneration);
        String answer = client.post("/api/canary", body);
        if (json) {
            printJson(answer);
        } else {
            print(client.read(answer, RoutingSnapshot.class));
        }
        return 0;
    }

    private void print(RoutingSnapshot after) {
        out().printf("canary of %s (release %s): pinned %s, sticky share %s%%; generation %d%n",
                after.canary().colour(), after.colour(Colour.of(after.canary().colour())).release(),
                after.canary().instances(), after.canary().percent(), after.generation());
    }
}
