package io.facadeswitch.facade;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A facade release as recorded when it was deployed. */
@Serdeable
@MappedEntity(value = "releases", schema = "facade_switch")
public record ReleaseEntity(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String checksum,
        String colour,
        String deployedBy,
        String dbUser,
        @GeneratedValue @Nullable Instant deployedAt,
        int fileCount,
        int objectCount,
        long durationMs) {
}
