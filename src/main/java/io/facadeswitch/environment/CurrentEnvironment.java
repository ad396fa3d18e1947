package io.facadeswitch.environment;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The environment this process works on ({@code --env NAME}), with the file it comes from; empty
 * when none was named, and then no gate applies: one database, as before environments existed.
 */
@Singleton
public final class CurrentEnvironment {

    /** The environment's name; set by the command line from {@code --env} or {@code FACADE_ENV}. */
    public static final String NAME = "facade.environment.name";
    /** The path of {@code facade-switch.yaml} the environment was read from. */
    public static final String CONFIG = "facade.environment.config";

    private final Environments environments;
    private final Environment environment;

    CurrentEnvironment(@Value("${" + NAME + ":}") String name, @Value("${" + CONFIG + ":}") String config) {
        if (name.isBlank() || config.isBlank()) {
            this.environments = null;
            this.environment = null;
        } else {
            this.environments = EnvironmentsFile.load(Path.of(config));
            this.environment = environments.require(name);
        }
    }

    public Optional<Environment> environment() {
        return Optional.ofNullable(environment);
    }

    /** Every environment of the file, when one was named. */
    public Optional<Environments> environments() {
        return Optional.ofNullable(environments);
    }
}
