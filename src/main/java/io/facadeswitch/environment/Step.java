package io.facadeswitch.environment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps an environment can guard with a gate. The keys are those of the {@code gates:}
 * mapping in {@code facade-switch.yaml}, and so part of the file format: never rename one.
 */
public enum Step {

    MIGRATE_CORE("migrate-core"),
    DEPLOY("deploy"),
    PROMOTE("promote"),
    /** Starting or changing a canary: a routing change, gated like a promote. */
    CANARY("canary"),
    /** Starting a rollout. */
    ROLLOUT("rollout");

    private final String key;

    Step(String key) {
        this.key = key;
    }

    /** The step's key as the file writes it, e.g. {@code migrate-core}. */
    public String key() {
        return key;
    }

    public static Optional<Step> ofKey(String key) {
        return Arrays.stream(values()).filter(step -> step.key.equals(key)).findFirst();
    }
}
