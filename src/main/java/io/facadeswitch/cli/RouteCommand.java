package io.facadeswitch.cli;

import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.routing.RouteDecision;
import io.facadeswitch.routing.RoutingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "route", mixinStandardHelpOptions = true, description = "Questions about the routing.",
        subcommands = RouteCommand.Explain.class)
final class RouteCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a question, e.g. explain app-7");
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Says which colour an instance gets now, and why.")
    static final class Explain extends SwitchCommand {

        @Parameters(paramLabel = "INSTANCE", description = "The instance's name (its application_name).")
        String instance;

        @Option(names = "--json", description = "Print the answer as one JSON document.")
        boolean json;

        @Override
        int run(SwitchContext context) throws Exception {
            RouteDecision decision = context.bean(RoutingService.class).explain(instance);
            if (json) {
                printJson(context, decision);
            } else {
                print(decision);
            }
            return 0;
        }

        @Override
        int runRemote(ApiClient client) {
            String answer = client.get("/api/route/" + ApiClient.segment(instance));
            if (json) {
                printJson(answer);
            } else {
                print(client.read(answer, RouteDecision.class));
            }
            return 0;
        }

        private void print(RouteDecision decision) {
            out().println((decision.colour() == null ? "none" : decision.colour()) + ": " + decision.explanation()
                    + " (generation " + decision.generation() + ")");
        }
    }
}
