package io.facadeswitch.cli;

import io.facadeswitch.FacadeSwitchException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "facade-switch", mixinStandardHelpOptions = true, version = "facade-switch 0.1.0",
        description = "Blue-green deployer for PostgreSQL facades: guarded core migrations, facade releases"
                + " built into two colours, instant flips between them.",
        subcommands = {MigrateCoreCommand.class, DeployCommand.class, PlanCommand.class, BundleCommand.class, StatusCommand.class,
                CanaryCommand.class, FlipCommand.Promote.class, FlipCommand.Rollback.class, AbortCommand.class,
                RouteCommand.class, RolloutCommand.class, ReleasesCommand.class, AuditCommand.class, EnvsCommand.class,
                ApprovalCommand.class, RehearseCommand.class, DriftCommand.class, ReferenceDataCommand.class,
                BackupsCommand.class, RestoreCommand.class, ServeCommand.class,
                DemoCommand.class, CommandLine.HelpCommand.class, CompletionCommand.class},
        footer = {"", "Exit status: 0 done, 1 the operation failed or was refused, 2 the command line was wrong."})
public final class FacadeSwitchCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(FacadeSwitchCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. status");
    }

    /**
     * Builds the command line with the error handling every command shares: one line on stderr
     * ({@code error: ... [CODE]}), under {@code --json} also one error document on stdout, and
     * the stack trace only in the debug log, which {@code --verbose} turns on.
     */
    public static CommandLine commandLine(boolean verbose) {
        CommandLine commandLine = new CommandLine(new FacadeSwitchCommand());
        CommandShape.apply(commandLine);
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            // The framework's wrapping (bean paths, constructor signatures) helps no operator.
            CommandFailure failure = ConfigurationErrors.describe(error)
                    .orElseGet(() -> error instanceof FacadeSwitchException known ? CommandFailure.of(known)
                            : CommandFailure.unexpected(error, verbose));
            LOG.debug("{} failed", cmd.getCommandSpec().qualifiedName(), error);
            return tell(cmd, failure, parsed.originalArgs(), 1);
        });
        commandLine.setParameterExceptionHandler((error, args) -> {
            CommandLine cmd = error.getCommandLine();
            return tell(cmd, CommandFailure.usage(error, List.of(args)), List.of(args),
                    cmd.getCommandSpec().exitCodeOnInvalidInput());
        });
        return commandLine;
    }

    private static int tell(CommandLine cmd, CommandFailure failure, List<String> args, int status) {
        if (json(args)) {
            cmd.getOut().println(failure.json());
            cmd.getOut().flush();
        }
        cmd.getErr().println(failure.line());
        cmd.getErr().flush();
        return status;
    }

    /** Whether {@code --json} was asked for, read from the words given, since parsing may be what failed. */
    private static boolean json(List<String> args) {
        int end = args.indexOf("--");
        return (end < 0 ? args : args.subList(0, end)).contains("--json");
    }
}
