package io.facadeswitch.api;

import io.facadeswitch.control.AuditEntry;
import io.facadeswitch.control.AuditLog;
import io.facadeswitch.facade.ReleaseEntity;
import io.facadeswitch.facade.ReleaseRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;

/** What was deployed, and who did what. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
final class HistoryController {

    private final ReleaseRepository releases;
    private final AuditLog audit;

    HistoryController(ReleaseRepository releases, AuditLog audit) {
        this.releases = releases;
        this.audit = audit;
    }

    @Get("/releases")
    @Operation(summary = "Every release ever deployed, oldest first")
    List<ReleaseEntity> releases() {
        return releases.findAllOrderByIdAsc();
    }

    @Get("/audit{?limit}")
    @Operation(summary = "The audit log, newest last; limit keeps the newest entries")
    List<AuditEntry> audit(@QueryValue(defaultValue = "200") int limit) {
        List<AuditEntry> all = audit.all();
        int keep = Math.max(0, Math.min(limit, 10_000));
        return all.subList(Math.max(0, all.size() - keep), all.size());
    }
}
