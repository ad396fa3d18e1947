package io.facadeswitch.cli;

import io.facadeswitch.FacadeSwitchException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "facade-switch", mixinStandardHelpOptions = true, version = "facade-switch 0.1.0",
        description = "Blue-green deployer for PostgreSQL facades: guarded core migrations, facade releases"
                + " built into two colours, instant flips between them.",
        footer = {"", "Exit status: 0 done, 1 the operation failed or was refused, 2 the command line was wrong."})
public final class FacadeSwitchCommand implements Runnable {

    /** Every command, in the order --help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(MigrateCoreCommand.class, DeployCommand.class,
            PlanCommand.class, BundleCommand.class, StatusCommand.class, CanaryCommand.class, FlipCommand.Promote.class,
            FlipCommand.Rollback.class, AbortCommand.class, RouteCommand.class, RolloutCommand.class,
            ReleasesCommand.class, AuditCommand.class, EnvsCommand.class, ApprovalCommand.class, RehearseCommand.class,
            DriftCommand.class, ReferenceDataCommand.class, BackupsCommand.class, RestoreCommand.class,
            ServeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class, CompletionCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. status");
    }

    /**
     * Builds the command line with every command in full and the error handling every command
     * shares: one line on stderr ({@code error: ... [CODE]}), under {@code --json} also one error
     * document on stdout, and the stack trace only in the debug log, which {@code --verbose} turns on.
     */
    public static CommandLine commandLine(boolean verbose) {
        return handled(tree(command -> true), verbose);
    }

    /**
     * The same for one run: only the commands {@code args} name are built in full (picocli reads
     * every option of a command by reflection, some 6 ms each, 140 ms for all); the others are
     * outlines with their name and description, all that the top-level help and the suggestions
     * for a mistyped command read. Words that picocli could expand into more (an {@code @file})
     * and {@code completion}, which prints every option, get every command in full.
     */
    public static CommandLine commandLine(boolean verbose, String... args) {
        Set<String> words = Set.copyOf(Arrays.asList(args)); // a word may come twice (--app-role a --app-role b)
        boolean all = words.contains("completion") || words.stream().anyMatch(word -> word.startsWith("@"));
        return handled(tree(command -> all || command.helpCommand() || named(command, words)), verbose);
    }

    /** Every command built in full, under the tool's plain name: what a completion script is made from. */
    static CommandLine tree() {
        return tree(command -> true);
    }

    private static CommandLine tree(Predicate<Command> inFull) {
        CommandLine root = new CommandLine(new FacadeSwitchCommand());
        for (Class<?> type : COMMANDS) {
            Command command = type.getAnnotation(Command.class);
            if (inFull.test(command)) {
                root.addSubcommand(type);
            } else {
                root.addSubcommand(command.name(), new CommandLine(outline(command)));
            }
        }
        return root;
    }

    private static boolean named(Command command, Set<String> words) {
        return words.contains(command.name()) || Arrays.stream(command.aliases()).anyMatch(words::contains);
    }

    /** A command as the top-level help shows it; running it would be a bug in {@link #commandLine(boolean, String...)}. */
    private static CommandSpec outline(Command command) {
        Runnable unbuilt = () -> {
            throw new IllegalStateException("the command " + command.name() + " was not built for this run");
        };
        CommandSpec spec = CommandSpec.wrapWithoutInspection(unbuilt).name(command.name()).aliases(command.aliases())
                .mixinStandardHelpOptions(command.mixinStandardHelpOptions());
        spec.usageMessage().description(command.description()).header(command.header()).hidden(command.hidden());
        return spec;
    }

    private static CommandLine handled(CommandLine commandLine, boolean verbose) {
        CommandShape.apply(commandLine);
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            // The framework's wrapping (bean paths, constructor signatures) helps no operator.
            CommandFailure failure = ConfigurationErrors.describe(error)
                    .orElseGet(() -> error instanceof FacadeSwitchException known ? CommandFailure.of(known)
                            : CommandFailure.unexpected(error, verbose));
            // Looked up here, not held: --help and usage errors then never start the logging (some 70 ms).
            Logger log = LoggerFactory.getLogger(FacadeSwitchCommand.class);
            log.debug("{} failed", cmd.getCommandSpec().qualifiedName(), error);
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
