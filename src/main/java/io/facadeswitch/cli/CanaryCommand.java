package io.facadeswitch.cli;

import io.facadeswitch.environment.Step;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "canary", mixinStandardHelpOptions = true,
        description = {"Routes named instances and/or a sticky share of all instances to the standby colour's new"
                + " release.", "Raising the share only adds instances; 'abort' ends the canary, 'promote' makes it"
                + " everyone's."})
final class CanaryCommand extends RoutingChangeCommand {

    @Option(names = "--instances", split = ",", paramLabel = "NAME",
            description = "Instances (their application_name) to pin to the canary, comma-separated.")
    List<String> instances;

    @Option(names = "--percent", paramLabel = "P", description = "Sticky share of all instances, 0 to 100.")
    Double percent;

    @Mixin
    EmergencyOption emergency;

    @Override
    Optional<Step> gatedStep() {
        return Optional.of(Step.CANARY);
    }

    @Override
    boolean emergency() {
        return emergency.asked;
    }

    @Override
    RoutingSnapshot change(RoutingService routing) {
        return routing.canary(common.actor(), instances(), percent, reason, expectedGeneration);
    }

    @Override
    Map<String, Object> body() {
        Map<String, Object> body = super.body();
        body.put("instances", instances());
        body.put("percent", percent);
        return body;
    }

    @Override
    String describe(RoutingSnapshot after) {
        return String.format("canary of %s (release %s): pinned %s, sticky share %s%%; generation %d",
                after.canary().colour(), after.colour(Colour.of(after.canary().colour())).release(),
                after.canary().instances(), after.canary().percent(), after.generation());
    }

    private List<String> instances() {
        return instances == null ? List.of() : instances;
    }
}
