package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * A period in which a gated step must not run whatever the windows say (a year-end freeze, a
 * migration of the data centre): deny wins over allow, as in Argo CD's sync windows.
 *
 * @param from      when the freeze starts (inclusive)
 * @param to        when it ends (exclusive)
 * @param reason    why, shown in every refusal; {@code null} when the file gives none
 * @param emergency whether an {@code --emergency} override may break through it, when the gate allows overrides at all
 * @param text      the freeze as the file gives it, e.g. {@code 2026-12-20 00:00 to 2027-01-04 00:00 Europe/Berlin}
 */
public record Freeze(Instant from, Instant to, @Nullable String reason, boolean emergency, String text) {

    public Freeze {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the freeze " + text + " ends before it starts: give a 'to' after its 'from'");
        }
    }

    public boolean covers(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
