package io.facadeswitch.control;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findAllOrderByIdAsc();

    @Query("SELECT * FROM facade_switch.audit_log ORDER BY id DESC LIMIT :limit")
    List<AuditEntry> findNewest(int limit);

    long count();
}
