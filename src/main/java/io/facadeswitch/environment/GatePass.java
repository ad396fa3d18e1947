package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;

/**
 * A gate's yes for one step: what {@link StepGates#done} records once the step has succeeded.
 *
 * @param environment {@code null} when no environment is named (no gate applies)
 * @param emergency   whether the step goes ahead by an emergency override of a closed window
 */
public record GatePass(@Nullable String environment, StepSubject subject, boolean emergency, @Nullable String reason) {
}
