package io.facadeswitch.cli;

import io.facadeswitch.db.SwitchContext;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "abort", mixinStandardHelpOptions = true,
        description = "Ends a canary: every instance back on the active colour. The canary's release stays deployed.")
final class AbortCommand extends SwitchCommand {

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
    String reason;

    @Option(names = "--expect-generation", paramLabel = "N",
            description = "Refuse unless the routing is still at this generation.")
    Long expectedGeneration;

    @Option(names = "--json", description = "Print the new status as one JSON document.")
    boolean json;

    @Override
    int run(SwitchContext context) throws Exception {
        RoutingSnapshot after = context.bean(RoutingService.class).abort(common.actor(), reason, expectedGeneration);
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
        body.put("reason", reason);
        body.put("expectedGeneration", expectedGeneration);
        String answer = client.post("/api/abort", body);
        if (json) {
            printJson(answer);
        } else {
            print(client.read(answer, RoutingSnapshot.class));
        }
        return 0;
    }

    private void print(RoutingSnapshot after) {
        out().printf("canary aborted: everyone on %s (release %s), generation %d%n", after.active(),
                after.colour(after.activeColour()).release(), after.generation());
    }
}
