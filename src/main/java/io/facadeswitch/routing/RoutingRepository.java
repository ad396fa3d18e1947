package io.facadeswitch.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoutingRepository extends GenericRepository<RoutingRow, Integer> {

    @Query("SELECT * FROM facade_switch.routing WHERE id = 1")
    RoutingRow current();

    /** Flips the active colour if nobody changed the routing since {@code expected}; returns rows changed. */
    @Query("UPDATE facade_switch.routing SET active = :active, generation = generation + 1, changed_at = now()"
            + " WHERE id = 1 AND generation = :expected")
    long flip(@Nullable String active, long expected);

    @Query("""
            SELECT c.colour, c.state, c.release_id, r.name AS release_name, r.checksum
            FROM facade_switch.colours c LEFT JOIN facade_switch.releases r ON r.id = c.release_id
            ORDER BY c.colour""")
    List<ColourHolding> colours();

    @Query("UPDATE facade_switch.colours SET state = :state, release_id = :releaseId, changed_at = now()"
            + " WHERE colour = :colour")
    long assign(String colour, String state, @Nullable Long releaseId);
}
