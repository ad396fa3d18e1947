package io.facadeswitch.api;

import io.facadeswitch.OperatorText;
import io.facadeswitch.drift.DriftLayer;
import io.facadeswitch.drift.DriftReport;
import io.facadeswitch.drift.DriftService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import java.util.Locale;

/** What differs from the record, and discarding it; writing it back into source is the CLI's (it writes files). */
@Controller("/api/drift")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
final class DriftController {

    private final DriftService drift;

    DriftController(DriftService drift) {
        this.drift = drift;
    }

    /** {@code POST /api/drift/discard}: why, and optionally only one layer. */
    @Serdeable
    record DiscardRequest(@Nullable String reason, @Nullable String layer, @Nullable List<String> objects) {
    }

    @Get
    @Operation(summary = "Every difference from the record, by layer, with its author where captured: checked now")
    DriftReport report() {
        return drift.report();
    }

    @Post("/discard")
    @Operation(summary = "Discards every undecided difference (of one layer), with a reason; audited")
    DriftService.Discarded discard(@Body DiscardRequest request, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw new OperatorText.InvalidInput("a discard needs a reason: it throws away a change someone made on purpose");
        }
        DriftLayer layer = null;
        if (request.layer() != null) {
            try {
                layer = DriftLayer.valueOf(request.layer().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new OperatorText.InvalidInput("layer must be core, colour or reference, not '"
                        + OperatorText.shown(request.layer()) + "'");
            }
        }
        return drift.discard(request.reason(), layer, request.objects() == null ? List.of() : request.objects(), actor);
    }
}
