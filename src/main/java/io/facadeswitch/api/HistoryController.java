package io.facadeswitch.api;

import io.facadeswitch.OperatorText;
import io.facadeswitch.control.AuditLog;
import io.facadeswitch.facade.ReleaseEntity;
import io.facadeswitch.facade.ReleaseInventory;
import io.facadeswitch.facade.ReleaseRepository;
import io.facadeswitch.routing.RoutingService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;

/** What was deployed, and who did what. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
final class HistoryController {

    private final ReleaseRepository releases;
    private final ReleaseInventory inventory;
    private final RoutingService routing;
    private final AuditLog audit;
    private final ObjectMapper json;

    HistoryController(ReleaseRepository releases, ReleaseInventory inventory, RoutingService routing, AuditLog audit,
                      ObjectMapper json) {
        this.releases = releases;
        this.inventory = inventory;
        this.routing = routing;
        this.audit = audit;
        this.json = json;
    }

    @Get("/releases")
    @Operation(summary = "Every release ever deployed, oldest first")
    List<ReleaseEntity> releases() {
        return releases.findAllOrderByIdAsc();
    }

    @Get("/releases/{name}")
    @Operation(summary = "One release with its files (paths, kinds, sizes) and its object inventory")
    HttpResponse<?> release(@PathVariable String name) {
        return inventory.detail(name).<HttpResponse<?>>map(HttpResponse::ok).orElseGet(() -> Problem.response(
                ApiErrorCode.NOT_FOUND, "no release is named '" + OperatorText.shown(name) + "': GET /api/releases lists them"));
    }

    @Get("/colours/diff")
    @Operation(summary = "How the other colour's release differs from the active one's: objects added, removed, changed")
    ReleaseInventory.ColoursCompared coloursDiff() {
        return inventory.compare(routing.snapshot());
    }

    @Get("/audit{?limit}")
    @Operation(summary = "The audit log's newest entries (limit, 1 to 1000), oldest first")
    List<AuditDocument> audit(@QueryValue(defaultValue = "200") int limit) {
        if (limit < 1 || limit > AuditDocument.MAX_LIMIT) {
            throw new OperatorText.InvalidInput("limit must be 1 to " + AuditDocument.MAX_LIMIT + ", not " + limit
                    + ": page older entries with the CLI or SQL on facade_switch.audit");
        }
        return audit.newest(limit).stream().map(entry -> AuditDocument.of(entry, json)).toList();
    }
}
