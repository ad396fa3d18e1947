package io.facadeswitch.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The JSON a receiver gets. Kept apart from {@link RolloutEvent} so that renaming a Java field
 * can never change the wire format; nulls are written so every body has the same keys.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record WebhookBody(String event, long rollout, String release, String colour, String state, @Nullable Integer step,
                   String actor, @Nullable String reason, String at) {

    static WebhookBody of(RolloutEvent event) {
        // Instant.toString is ISO-8601 in UTC, whatever the mapper's date settings are.
        return new WebhookBody(event.kind().label(), event.rolloutId(), event.release(), event.colour(), event.state(),
                event.step(), event.actor(), event.reason(), event.at().toString());
    }
}
