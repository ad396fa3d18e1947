package io.facadeswitch.cli;

import io.facadeswitch.db.SwitchContext;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** promote and rollback: flips of the active colour. */
abstract class FlipCommand extends SwitchCommand {

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
    String reason;

    @Option(names = "--expect-generation", paramLabel = "N",
            description = "Refuse unless the routing is still at this generation (guards against a concurrent change).")
    Long expectedGeneration;

    @Option(names = "--json", description = "Print the new status as one JSON document.")
    boolean json;

    abstract RoutingSnapshot flip(RoutingService routing);

    abstract String verb();

    @Override
    int run(SwitchContext context) throws Exception {
        RoutingSnapshot after = flip(context.bean(RoutingService.class));
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
        String answer = client.post("/api/" + spec.name(), body);
        if (json) {
            printJson(answer);
        } else {
            print(client.read(answer, RoutingSnapshot.class));
        }
        return 0;
    }

    private void print(RoutingSnapshot after) {
        var active = after.activeColour();
        out().printf("%s: %s (release %s) is active, generation %d; %s (release %s) is %s%n", verb(), active,
                after.colour(active).release(), after.generation(), active.other(),
                after.colour(active.other()).release(), after.colour(active.other()).state());
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = "Makes the colour holding the newly deployed release active for everyone.")
    static final class Promote extends FlipCommand {
        @Override
        RoutingSnapshot flip(RoutingService routing) {
            return routing.promote(common.actor(), reason, expectedGeneration);
        }

        @Override
        String verb() {
            return "promoted";
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Makes the previous release's colour active again, instantly; no data is touched.")
    static final class Rollback extends FlipCommand {
        @Override
        RoutingSnapshot flip(RoutingService routing) {
            return routing.rollback(common.actor(), reason, expectedGeneration);
        }

        @Override
        String verb() {
            return "rolled back";
        }
    }
}
