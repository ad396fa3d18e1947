package io.facadeswitch.cli;

import io.facadeswitch.demo.Demo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Shows the whole story on a fresh embedded PostgreSQL, in about half a minute:",
                "application instances working through the proxy, release 1.1.0 rolled out step by step,"
                        + " approved by a second person and promoted, then a broken release rolled back by the"
                        + " analysis; a timeline as it happens and the audit log at the end.",
                "Exit status 0 when all of it behaved as expected."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--core-schema", defaultValue = "core-schema", paramLabel = "DIR",
            description = "Core schema folder (default: ${DEFAULT-VALUE}).")
    Path coreFolder;

    @Option(names = "--facade-schema", defaultValue = "facade-schema", paramLabel = "DIR",
            description = "Facade folder: release 1.0.0, and the base of the demo's 1.1.0 and 1.2.0"
                    + " (default: ${DEFAULT-VALUE}).")
    Path facadeFolder;

    @Option(names = "--verbose", description = "Log what happens and print stack traces of errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(coreFolder) || !Files.isDirectory(facadeFolder)) {
            throw new ParameterException(spec.commandLine(), "the demo needs the project's core-schema and"
                    + " facade-schema folders: run it from the project root, or give --core-schema and"
                    + " --facade-schema");
        }
        return new Demo(coreFolder, facadeFolder, spec.commandLine().getOut()).run() ? 0 : 1;
    }
}
