package io.facadeswitch.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoutingRepository extends GenericRepository<RoutingRow, Integer> {

    @Query("SELECT * FROM facade_switch.routing WHERE id = 1")
    RoutingRow current();

    /**
     * Writes the whole routing if nobody changed it since {@code expected}, bumping the
     * generation; returns the rows changed (0 means a concurrent change won).
     */
    @Query("UPDATE facade_switch.routing SET active = :active, canary_colour = :canaryColour,"
            + " canary_percent = :canaryPercent, canary_salt = :canarySalt, generation = generation + 1,"
            + " changed_at = clock_timestamp() WHERE id = 1 AND generation = :expected")
    long update(@Nullable String active, @Nullable String canaryColour, BigDecimal canaryPercent,
                @Nullable String canarySalt, long expected);

    /** Tells every listening replica, on commit, that the routing moved to this generation. */
    @Query("SELECT count(*) FROM (SELECT pg_notify('" + RoutingWatcher.CHANNEL + "', CAST(:generation AS text))) n")
    long announce(long generation);

    @Query("SELECT generation FROM facade_switch.routing WHERE id = 1")
    long generation();

    @Query("SELECT * FROM facade_switch.pins ORDER BY instance")
    List<PinRow> pins();

    @Query("INSERT INTO facade_switch.pins (instance, colour) VALUES (:instance, :colour)"
            + " ON CONFLICT (instance) DO UPDATE SET colour = EXCLUDED.colour, pinned_at = now()")
    void pin(String instance, String colour);

    @Query("DELETE FROM facade_switch.pins")
    void unpinAll();

    @Query("""
            SELECT c.colour, c.state, c.release_id, r.name AS release_name, r.checksum
            FROM facade_switch.colours c LEFT JOIN facade_switch.releases r ON r.id = c.release_id
            ORDER BY c.colour""")
    List<ColourHolding> colours();

    @Query("UPDATE facade_switch.colours SET state = :state, release_id = :releaseId, changed_at = now()"
            + " WHERE colour = :colour")
    long assign(String colour, String state, @Nullable Long releaseId);

    /** A new state for a colour that keeps the release it holds. */
    @Query("UPDATE facade_switch.colours SET state = :state, changed_at = now() WHERE colour = :colour")
    long restate(String colour, String state);
}
