package io.facadeswitch.api;

import io.facadeswitch.canary.PlanChoice;
import io.facadeswitch.canary.RolloutErrorCode;
import io.facadeswitch.canary.RolloutException;
import io.facadeswitch.canary.RolloutPlan;
import io.facadeswitch.canary.RolloutPlans;
import io.facadeswitch.canary.RolloutService;
import io.facadeswitch.canary.RolloutView;
import io.facadeswitch.canary.StoredVerdict;
import io.facadeswitch.environment.Step;
import io.facadeswitch.environment.StepGates;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import java.util.Map;

/** Rollouts over HTTP: a thin adapter over {@link RolloutService}. The token's name is the actor. */
@Controller("/api/rollouts")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
final class RolloutController {

    private final RolloutService rollouts;
    private final OperationMetrics metrics;
    private final StepGates gates;

    RolloutController(RolloutService rollouts, OperationMetrics metrics, StepGates gates) {
        this.rollouts = rollouts;
        this.metrics = metrics;
        this.gates = gates;
    }

    @Post
    @Operation(summary = "Starts a rollout of the deployed release with a named plan or a plan document")
    RolloutView start(@Body RolloutRequest request, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        RolloutPlan plan = PlanChoice.of(request.planName(), request.plan(), request.instances(), request.hold());
        return metrics.count("rollout-start", () -> gates.run(gates.routingSubject(Step.ROLLOUT), actor,
                request.emergencyAsked(), () -> rollouts.start(actor, plan, request.reason())));
    }

    @Get("/plans")
    @Operation(summary = "The named plans")
    Map<String, RolloutPlan> plans() {
        return RolloutPlans.all();
    }

    @Get("/current")
    @Operation(summary = "The rollout in progress, else the latest one, with its latest verdicts and approvals")
    RolloutView current() {
        return rollouts.current().orElseThrow(() -> new RolloutException(RolloutErrorCode.NO_ROLLOUT,
                "there has been no rollout yet; POST /api/rollouts starts one"));
    }

    @Get("/{id}")
    @Operation(summary = "One rollout, with its latest verdicts and approvals")
    RolloutView one(@PathVariable long id) {
        return rollouts.find(id).orElseThrow(() -> new RolloutException(RolloutErrorCode.NO_ROLLOUT,
                "there is no rollout " + id));
    }

    @Get("/{id}/verdicts")
    @Operation(summary = "A rollout's verdicts, newest first, each with its inputs")
    List<StoredVerdict> verdicts(@PathVariable long id, @QueryValue(defaultValue = "100") int limit) {
        return rollouts.verdicts(id, Math.max(1, Math.min(limit, 1000)));
    }

    @Post("/current/pause")
    @Operation(summary = "Holds the current step")
    RolloutView pause(@Nullable @Body RolloutActionRequest request, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return metrics.count("rollout-pause", () -> rollouts.pause(actor, or(request).reason()));
    }

    @Post("/current/resume")
    @Operation(summary = "Resumes a paused step; its hold starts again")
    RolloutView resume(@Nullable @Body RolloutActionRequest request,
                       @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return metrics.count("rollout-resume", () -> rollouts.resume(actor, or(request).reason()));
    }

    @Post("/current/promote")
    @Operation(summary = "Goes to the next step now; with full=true, to promotion (approval still applies)")
    RolloutView promote(@Nullable @Body RolloutActionRequest request,
                        @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        RolloutActionRequest r = or(request);
        return metrics.count("rollout-promote", () -> rollouts.promote(actor, Boolean.TRUE.equals(r.full()),
                r.reason(), r.expectedStep()));
    }

    @Post("/current/abort")
    @Operation(summary = "Ends the rollout: everyone back on the active colour; a reason is required")
    RolloutView abort(@Nullable @Body RolloutActionRequest request, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return metrics.count("rollout-abort", () -> rollouts.abort(actor, or(request).reason()));
    }

    @Post("/current/retry")
    @Operation(summary = "Starts the latest rollout's plan again, after it was rolled back, aborted or rejected")
    RolloutView retry(@Nullable @Body RolloutActionRequest request, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return metrics.count("rollout-retry", () -> rollouts.retry(actor, or(request).reason()));
    }

    @Post("/current/approve")
    @Operation(summary = "Approves the gate the rollout waits at (start or promotion)")
    RolloutView approve(@Nullable @Body RolloutActionRequest request,
                        @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return metrics.count("rollout-approve", () -> rollouts.approve(actor, or(request).comment()));
    }

    @Post("/current/reject")
    @Operation(summary = "Rejects at the gate the rollout waits at; the rollout ends")
    RolloutView reject(@Nullable @Body RolloutActionRequest request, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return metrics.count("rollout-reject", () -> rollouts.reject(actor, or(request).comment()));
    }

    private static RolloutActionRequest or(@Nullable RolloutActionRequest request) {
        return request == null ? RolloutActionRequest.NONE : request;
    }
}
