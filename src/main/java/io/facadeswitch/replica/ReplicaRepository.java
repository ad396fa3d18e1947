package io.facadeswitch.replica;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** The replicas table: each running replica's heartbeat, the live ones, and leaving and forgetting rows. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReplicaRepository extends GenericRepository<ReplicaRow, String> {

    @Query("""
            INSERT INTO facade_switch.replicas (id, host, http_port, started_at, heartbeat_at, generation, applied_at,
                                                listening, proxy)
            VALUES (:id, :host, :httpPort, :startedAt, now(), :generation, :appliedAt, :listening, CAST(:proxy AS jsonb))
            ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), generation = EXCLUDED.generation,
                applied_at = EXCLUDED.applied_at, listening = EXCLUDED.listening, http_port = EXCLUDED.http_port,
                proxy = EXCLUDED.proxy""")
    void heartbeat(String id, String host, @Nullable Integer httpPort, Instant startedAt, long generation,
                   Instant appliedAt, boolean listening, @Nullable String proxy);

    /** Replicas heard from within the last {@code seconds}. */
    @Query("SELECT * FROM facade_switch.replicas WHERE heartbeat_at > now() - make_interval(secs => :seconds)"
            + " ORDER BY id")
    List<ReplicaRow> live(double seconds);

    @Query("DELETE FROM facade_switch.replicas WHERE id = :id")
    void leave(String id);

    /** Forgets replicas not heard from for {@code seconds} (killed without leaving); how many. */
    @Query("DELETE FROM facade_switch.replicas WHERE heartbeat_at < now() - make_interval(secs => :seconds)")
    int expire(double seconds);
}
