package io.facadeswitch.replica;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A running switch replica, the routing generation it applies and, when it runs the proxy, its connections. */
@Serdeable
@MappedEntity(value = "replicas", schema = "facade_switch")
public record ReplicaRow(@Id String id, String host, @Nullable Integer httpPort, Instant startedAt,
                         Instant heartbeatAt, long generation, Instant appliedAt, boolean listening,
                         @Nullable @TypeDef(type = DataType.JSON) ProxyReport proxy) {
}
