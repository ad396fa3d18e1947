package io.facadeswitch.cli;

import io.facadeswitch.FacadeSwitch;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What each command shows and how it is named. The options shared through {@link SwitchCommand}
 * are taken away from the commands that would only refuse them ({@code --server} on
 * {@code serve}, {@code --app-role} where nothing is granted), so that {@code --help} lists what a
 * command takes. Usage lines and errors name the command as it is run: the launcher's name, or
 * {@code java -jar <the jar>}.
 */
final class CommandShape {

    /** Set by bin/facade-switch, so that messages name the launcher. */
    static final String COMMAND_PROPERTY = "facade.command";
    private static final String DEFAULT_NAME = "facade-switch";

    private CommandShape() {
    }

    static void apply(CommandLine root) {
        root.getCommandSpec().name(asRun());
        trim(root);
    }

    static void trim(CommandLine command) {
        if (command.getCommand() instanceof SwitchCommand switchCommand) {
            CommandSpec spec = command.getCommandSpec();
            if (!switchCommand.takesServer()) {
                remove(spec, List.of("--server", "--token"));
            }
            if (!switchCommand.takesAppRole()) {
                remove(spec, List.of("--app-role"));
            }
        }
        command.getSubcommands().values().forEach(CommandShape::trim);
    }

    private static void remove(CommandSpec spec, List<String> names) {
        for (String name : names) {
            OptionSpec option = spec.findOption(name);
            if (option != null) {
                spec.remove(option);
            }
        }
    }

    /** The launcher's name, else {@code java -jar PATH} when run from the jar, else "facade-switch". */
    static String asRun() {
        String launcher = System.getProperty(COMMAND_PROPERTY);
        if (launcher != null && !launcher.isBlank()) {
            return launcher;
        }
        try {
            Path code = Path.of(FacadeSwitch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.toString().endsWith(".jar")) {
                Path here = Path.of("").toAbsolutePath();
                Path shown = code.startsWith(here) ? here.relativize(code) : code;
                return "java -jar " + shown;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            // no code source to read: the plain name will do
        }
        return DEFAULT_NAME;
    }
}
