package io.facadeswitch.cli;

import io.facadeswitch.FacadeSwitchException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "facade-switch", mixinStandardHelpOptions = true, version = "facade-switch 0.1.0",
        description = "Blue-green deployer for PostgreSQL facades: guarded core migrations, facade releases"
                + " built into two colours, instant flips between them.",
        subcommands = {MigrateCoreCommand.class, DeployCommand.class, PlanCommand.class, StatusCommand.class,
                CanaryCommand.class, FlipCommand.Promote.class, FlipCommand.Rollback.class, AbortCommand.class,
                RouteCommand.class, RolloutCommand.class, ServeCommand.class, DemoCommand.class},
        footer = {"", "Exit status: 0 done, 1 the operation failed or was refused, 2 the command line was wrong."})
public final class FacadeSwitchCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(FacadeSwitchCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. status");
    }

    /** Builds the command line with the error handling every command shares. */
    public static CommandLine commandLine(boolean verbose) {
        CommandLine commandLine = new CommandLine(new FacadeSwitchCommand());
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            Optional<String> configuration = ConfigurationErrors.describe(error);
            if (configuration.isPresent()) {
                // One line: the framework's wrapping (bean paths, constructor signatures) helps no
                // operator; the trace stays at debug, which --verbose turns on.
                cmd.getErr().println("error: " + configuration.get());
                cmd.getErr().flush();
                LOG.debug("the services could not start", error);
                return 1;
            }
            String message = error instanceof FacadeSwitchException known
                    ? known.getMessage() + " [" + known.code() + "]"
                    : error.getClass().getSimpleName() + ": " + error.getMessage();
            cmd.getErr().println("error: " + message);
            if (verbose) {
                error.printStackTrace(cmd.getErr());
            } else if (!(error instanceof FacadeSwitchException)) {
                cmd.getErr().println("(run again with --verbose for details)");
            }
            cmd.getErr().flush();
            return 1;
        });
        commandLine.setParameterExceptionHandler((error, args) -> {
            CommandLine cmd = error.getCommandLine();
            cmd.getErr().println("error: " + error.getMessage());
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
            cmd.getErr().flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        return commandLine;
    }
}
