package io.facadeswitch.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One line of the append-only audit log: who did what, when, and the state before and after
 * (as JSON documents).
 */
@Serdeable
@MappedEntity(value = "audit_log", schema = ControlSchema.SCHEMA)
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        @GeneratedValue @Nullable Instant at,
        String actor,
        String action,
        @Nullable String subject,
        @Nullable String reason,
        @Nullable @ColumnTransformer(write = "?::jsonb") String before,
        @Nullable @ColumnTransformer(write = "?::jsonb") String after,
        @Nullable Long generation) {
}
