package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;

/**
 * An operator's request to override a gate's windows ({@code --emergency --reason}); it never
 * overrides approvals or the predecessor rule, and is refused where the environment forbids it.
 */
public record Emergency(boolean asked, @Nullable String reason) {

    public static final Emergency NONE = new Emergency(false, null);
}
