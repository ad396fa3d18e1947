package io.facadeswitch.api;

import io.facadeswitch.OperatorText;
import io.facadeswitch.environment.ApprovalRequest;
import io.facadeswitch.environment.Approvals;
import io.facadeswitch.environment.Step;
import io.facadeswitch.environment.StepSubject;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Approvals of the environment this switch serves ({@code serve --env}): a thin adapter over
 * {@link Approvals}, the actor being the API token's name.
 */
@Controller("/api/approvals")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
final class ApprovalController {

    private static final Pattern CHECKSUM = Pattern.compile("[0-9a-f]{64}");

    private final Approvals approvals;

    ApprovalController(Approvals approvals) {
        this.approvals = approvals;
    }

    @Get("{?limit}")
    @Operation(summary = "The newest approval requests of this environment, newest first")
    List<ApprovalRequest> list(@QueryValue(defaultValue = "50") int limit) {
        if (limit < 1 || limit > Approvals.MAX_LIST) {
            throw new OperatorText.InvalidInput("limit must be 1 to " + Approvals.MAX_LIST + ", not "
                    + limit);
        }
        return approvals.list(limit);
    }

    @Post
    @Operation(summary = "Requests approval of a step of this environment's gate for one bundle checksum")
    ApprovalRequest request(@Body NewRequest request, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        Step step = Step.ofKey(request.step() == null ? "" : request.step()).orElseThrow(() -> new OperatorText.InvalidInput(
                "step must be migrate-core, deploy, promote, canary or rollout"));
        if (request.checksum() == null || !CHECKSUM.matcher(request.checksum()).matches()) {
            throw new OperatorText.InvalidInput("checksum must be the bundle's 64 hex digits");
        }
        if (request.release() == null || request.release().isBlank() || request.release().length() > 100) {
            throw new OperatorText.InvalidInput("release must be the bundle's release name");
        }
        return approvals.request(new StepSubject(step, request.release(), request.checksum(), null, null), actor,
                request.reason());
    }

    @Post("/{id}/grant")
    @Operation(summary = "Approves a request (not the requester's own)")
    ApprovalRequest grant(@PathVariable long id, @Nullable @Body Decision decision,
                          @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return approvals.grant(id, actor, decision == null ? null : decision.reason());
    }

    @Post("/{id}/reject")
    @Operation(summary = "Rejects a request, closing it; a reason is required")
    ApprovalRequest reject(@PathVariable long id, @Nullable @Body Decision decision,
                           @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return approvals.reject(id, actor, decision == null ? null : decision.reason());
    }

    /** The body of POST /api/approvals. */
    @Serdeable
    record NewRequest(@Nullable String step, @Nullable String release, @Nullable String checksum,
                      @Nullable String reason) {
    }

    /** The body of a grant or a rejection. */
    @Serdeable
    record Decision(@Nullable String reason) {
    }
}
