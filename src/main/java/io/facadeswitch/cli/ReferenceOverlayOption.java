package io.facadeswitch.cli;

import io.facadeswitch.reference.ReferenceOverlay;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --reference-overlay NAME}: the reference-data overlay to apply, where {@code --env} does not name it. */
final class ReferenceOverlayOption {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    @Option(names = "--reference-overlay", paramLabel = "NAME", description = "Apply the reference-data overlays"
            + " named NAME in the tables' manifests (default: the --env environment's name; none without --env).")
    String name;

    void configure(CommandSpec spec, Map<String, Object> properties) {
        if (name == null) {
            return;
        }
        if (!NAME.matcher(name).matches()) {
            throw new ParameterException(spec.commandLine(), "--reference-overlay '" + name + "': an overlay is named"
                    + " like an environment (lower-case letters, digits, '-' and '_', starting with a letter)");
        }
        properties.put(ReferenceOverlay.NAME, name);
    }

    /** A running switch applies its own environment's overlay; naming another through it is refused. */
    void refuseRemote(CommandSpec spec) {
        if (name != null) {
            throw new ParameterException(spec.commandLine(), "--reference-overlay with --server: the switch at the"
                    + " server applies its own environment's overlay; leave out --reference-overlay");
        }
    }
}
