package io.facadeswitch.api;

import io.facadeswitch.control.AuditEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * One audit entry as the API answers it: the state before and after as JSON objects, not as the
 * text the log stores them in, so a client reads {@code .after.generation} without parsing twice.
 */
@Serdeable
public record AuditDocument(Long id, Instant at, String actor, String action, @Nullable String subject,
                     @Nullable String reason, @Nullable JsonNode before, @Nullable JsonNode after,
                     @Nullable Long generation) {

    /** The most entries one read returns, through the API or the command line. */
    public static final int MAX_LIMIT = 1_000;

    public static AuditDocument of(AuditEntry entry, ObjectMapper json) {
        return new AuditDocument(entry.id(), entry.at(), entry.actor(), entry.action(), entry.subject(),
                entry.reason(), tree(entry.before(), json), tree(entry.after(), json), entry.generation());
    }

    private static JsonNode tree(@Nullable String stored, ObjectMapper json) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an audit document in facade_switch.audit_log is not JSON", e);
        }
    }
}
