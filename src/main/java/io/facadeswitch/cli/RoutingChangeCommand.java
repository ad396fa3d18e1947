package io.facadeswitch.cli;

import io.facadeswitch.db.SwitchContext;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * A change to the routing (canary, promote, rollback, abort): made on the database, or through a
 * running switch with --server; answers with the new routing, as text or --json.
 */
abstract class RoutingChangeCommand extends SwitchCommand {

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
    String reason;

    @Option(names = "--expect-generation", paramLabel = "N",
            description = "Refuse unless the routing is still at this generation (guards against a concurrent change).")
    Long expectedGeneration;

    @Option(names = "--json", description = "Print the new routing as one JSON document.")
    boolean json;

    /** The change, made directly on the database. */
    abstract RoutingSnapshot change(RoutingService routing);

    /** One line saying what the routing is now. */
    abstract String describe(RoutingSnapshot after);

    /** The request body for POST /api/{name}; subclasses add their own fields. */
    Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("expectedGeneration", expectedGeneration);
        return body;
    }

    @Override
    final int run(SwitchContext context) throws Exception {
        RoutingSnapshot after = change(context.bean(RoutingService.class));
        if (json) {
            printJson(context, after);
        } else {
            out().println(describe(after));
        }
        return 0;
    }

    @Override
    final int runRemote(ApiClient client) {
        String answer = client.post("/api/" + spec.name(), body());
        if (json) {
            printJson(answer);
        } else {
            out().println(describe(client.read(answer, RoutingSnapshot.class)));
        }
        return 0;
    }
}
