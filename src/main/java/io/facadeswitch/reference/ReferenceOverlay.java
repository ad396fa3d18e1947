package io.facadeswitch.reference;

import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.environment.Environment;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Which overlay of the reference data this process applies: the one named by
 * {@code --reference-overlay}, or else the environment's ({@code --env}), or none.
 */
@Singleton
public final class ReferenceOverlay {

    /** Set by the command line from {@code --reference-overlay}. */
    public static final String NAME = "facade.reference.overlay";

    private final String name;

    ReferenceOverlay(@Value("${" + NAME + ":}") String name, CurrentEnvironment environment) {
        this.name = !name.isBlank() ? name : environment.environment().map(Environment::name).orElse(null);
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }
}
