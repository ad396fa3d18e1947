package io.facadeswitch.cli;

import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.environment.Environment;
import io.facadeswitch.environment.EnvironmentException;
import io.facadeswitch.environment.Environments;
import io.facadeswitch.environment.EnvironmentsFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The environment a command works on ({@code --env} or {@code FACADE_ENV}), read from
 * {@code facade-switch.yaml}: its connection and application roles, with the options given on
 * the command line winning over the file. No {@code --env}: nothing changes, one database as before.
 */
record EnvironmentChoice(Environments environments, Environment environment, Path file) {

    /** The environment named, or empty when none is; an unknown name or a missing file is a usage error. */
    static Optional<EnvironmentChoice> of(CommandSpec spec, DatabaseOptions options) {
        if (options.environment == null || options.environment.isBlank()) {
            return Optional.empty();
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path file = EnvironmentsFile.locate(options.config, workingDirectory).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--env " + options.environment + " needs the environments"
                        + " file: no " + EnvironmentsFile.DEFAULT_NAME + " in " + workingDirectory
                        + "; pass --config FILE or run where the file is"));
        Environments environments = EnvironmentsFile.load(file);
        return Optional.of(new EnvironmentChoice(environments, require(spec, environments, options.environment.trim()),
                file.toAbsolutePath()));
    }

    /** The environment of that name; an unknown one is a usage error naming those the file has. */
    static Environment require(CommandSpec spec, Environments environments, String name) {
        try {
            return environments.require(name);
        } catch (EnvironmentException unknown) {
            throw new ParameterException(spec.commandLine(), unknown.getMessage());
        }
    }

    /** The environment's connection, with each of --db-url, --db-user, --db-password given on the command line winning. */
    ConnectionSettings connection(CommandSpec spec, DatabaseOptions options, Function<String, String> variables) {
        ConnectionSettings fromFile = environment.connection(variables);
        ParseResult parsed = spec.commandLine().getParseResult();
        return new ConnectionSettings(parsed.hasMatchedOption("--db-url") ? options.url : fromFile.url(),
                parsed.hasMatchedOption("--db-user") ? options.user : fromFile.user(),
                parsed.hasMatchedOption("--db-password") ? options.password : fromFile.password());
    }

    /** The settings that tell the services which environment and file this is, and its application roles. */
    void configure(Map<String, Object> properties, List<String> appRolesGiven) {
        properties.put(CurrentEnvironment.NAME, environment.name());
        properties.put(CurrentEnvironment.CONFIG, file.toString());
        if ((appRolesGiven == null || appRolesGiven.isEmpty()) && !environment.appRoles().isEmpty()) {
            properties.put("facade.app-roles", environment.appRoles());
        }
    }
}
