package io.facadeswitch.cli;

import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import picocli.CommandLine.Command;

@Command(name = "abort", mixinStandardHelpOptions = true,
        description = "Ends a canary: every instance back on the active colour. The canary's release stays deployed.")
final class AbortCommand extends RoutingChangeCommand {

    @Override
    RoutingSnapshot change(RoutingService routing) {
        return routing.abort(common.actor(), reason, expectedGeneration);
    }

    @Override
    String describe(RoutingSnapshot after) {
        return String.format("canary aborted: everyone on %s (release %s), generation %d", after.active(),
                after.colour(after.activeColour()).release(), after.generation());
    }
}
