package io.facadeswitch.cli;

import io.facadeswitch.environment.Step;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** promote and rollback: flips of the active colour. */
abstract class FlipCommand extends RoutingChangeCommand {

    abstract String verb();

    @Override
    String describe(RoutingSnapshot after) {
        var active = after.activeColour();
        return String.format("%s: %s (release %s) is active, generation %d; %s (release %s) is %s", verb(), active,
                after.colour(active).release(), after.generation(), active.other(),
                after.colour(active.other()).release(), after.colour(active.other()).state());
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = "Makes the colour holding the newly deployed (or canary) release active for everyone.")
    static final class Promote extends FlipCommand {

        @Mixin
        EmergencyOption emergency;

        @Override
        Optional<Step> gatedStep() {
            return Optional.of(Step.PROMOTE);
        }

        @Override
        boolean emergency() {
            return emergency.asked;
        }

        @Override
        RoutingSnapshot change(RoutingService routing) {
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
        RoutingSnapshot change(RoutingService routing) {
            return routing.rollback(common.actor(), reason, expectedGeneration);
        }

        @Override
        String verb() {
            return "rolled back";
        }
    }
}
