package io.facadeswitch.cli;

import io.facadeswitch.environment.Environments;
import io.facadeswitch.environment.EnvironmentsFile;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** For commands that read every environment of the file rather than one database: the file, and an optional one. */
final class EnvironmentFileOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "The environments file (default: facade-switch.yaml in the working directory).")
    Path config;

    @Option(names = "--env", defaultValue = "${env:FACADE_ENV}", paramLabel = "NAME",
            description = "Only this environment (env FACADE_ENV).")
    String environment;

    Environments environments(CommandSpec spec) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path file = EnvironmentsFile.locate(config, workingDirectory).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "no " + EnvironmentsFile.DEFAULT_NAME + " in "
                        + workingDirectory + ": write one (see docs/environments.md) or pass --config FILE"));
        Environments environments = EnvironmentsFile.load(file);
        environmentName(spec).ifPresent(name -> EnvironmentChoice.require(spec, environments, name));
        return environments;
    }

    Optional<String> environmentName(CommandSpec spec) {
        return environment == null || environment.isBlank() ? Optional.empty() : Optional.of(environment.trim());
    }
}
