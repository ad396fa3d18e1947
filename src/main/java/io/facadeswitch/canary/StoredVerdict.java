package io.facadeswitch.canary;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/** A window's verdict as stored, with the inputs it was reached from. */
@Serdeable
public record StoredVerdict(long id, long rolloutId, int step, Instant windowStart, Instant windowEnd, String outcome,
                            String summary, Map<String, Object> inputs, Instant decidedAt) {
}
