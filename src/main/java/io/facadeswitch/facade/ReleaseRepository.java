package io.facadeswitch.facade;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReleaseRepository extends GenericRepository<ReleaseEntity, Long> {

    ReleaseEntity save(ReleaseEntity release);

    Optional<ReleaseEntity> findByName(String name);

    Optional<ReleaseEntity> findById(Long id);

    List<ReleaseEntity> findAllOrderByIdAsc();

    /** The releases that colours hold now, with the colour as recorded in the colours table. */
    @Query("""
            SELECT r.* FROM facade_switch.releases r
            JOIN facade_switch.colours c ON c.release_id = r.id
            ORDER BY c.colour""")
    List<ReleaseEntity> findLive();
}
