package io.facadeswitch.api;

import io.facadeswitch.drift.DriftCheck;
import io.facadeswitch.environment.Step;
import io.facadeswitch.environment.StepGates;
import io.facadeswitch.replica.ReplicaRepository;
import io.facadeswitch.routing.RouteDecision;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSettings;
import io.facadeswitch.routing.RoutingSnapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;

/** The routing over HTTP: a thin adapter over {@link RoutingService}. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
final class RoutingController {

    private final RoutingService routing;
    private final ReplicaRepository replicas;
    private final RoutingSettings settings;
    private final OperationMetrics metrics;
    private final StepGates gates;
    private final DriftCheck drift;

    RoutingController(RoutingService routing, ReplicaRepository replicas, RoutingSettings settings,
                      OperationMetrics metrics, StepGates gates, DriftCheck drift) {
        this.drift = drift;
        this.gates = gates;
        this.routing = routing;
        this.replicas = replicas;
        this.settings = settings;
        this.metrics = metrics;
    }

    @Get("/status")
    @Operation(summary = "Colours, releases, routing, generation, canary and live replicas")
    StatusDocument status() {
        return StatusDocument.of(routing.snapshot(), replicas.live(settings.liveWithinSeconds()), drift.flag());
    }

    @Get("/route/{instance}")
    @Operation(summary = "Which colour an instance gets now, and why")
    RouteDecision route(@PathVariable String instance) {
        return routing.explain(instance);
    }

    @Post("/canary")
    @Operation(summary = "Routes instances (pins) and/or a sticky share to the standby colour's new release")
    RoutingSnapshot canary(@Body CanaryRequest request, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        return metrics.count("canary", () -> gates.run(gates.routingSubject(Step.CANARY), actor,
                request.emergencyAsked(), () -> routing.canary(actor,
                        request.instances() == null ? List.of() : request.instances(), request.percent(),
                        request.reason(), request.expectedGeneration())));
    }

    @Post("/promote")
    @Operation(summary = "Makes the newly deployed or canary colour active for everyone")
    RoutingSnapshot promote(@Nullable @Body ChangeRequest request, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        ChangeRequest r = request == null ? ChangeRequest.NONE : request;
        return metrics.count("promote", () -> gates.run(gates.routingSubject(Step.PROMOTE), actor,
                r.emergencyAsked(), () -> routing.promote(actor, r.reason(), r.expectedGeneration())));
    }

    @Post("/rollback")
    @Operation(summary = "Makes the previous release's colour active again")
    RoutingSnapshot rollback(@Nullable @Body ChangeRequest request,
                             @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        ChangeRequest r = request == null ? ChangeRequest.NONE : request;
        return metrics.count("rollback", () -> routing.rollback(actor, r.reason(), r.expectedGeneration()));
    }

    @Post("/abort")
    @Operation(summary = "Ends a canary: everyone back on the active colour")
    RoutingSnapshot abort(@Nullable @Body ChangeRequest request, @RequestAttribute(ApiAuthFilter.ACTOR) String actor) {
        ChangeRequest r = request == null ? ChangeRequest.NONE : request;
        return metrics.count("abort", () -> routing.abort(actor, r.reason(), r.expectedGeneration()));
    }
}
