package io.facadeswitch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.environment.Environment;
import io.facadeswitch.environment.EnvironmentRow;
import io.facadeswitch.environment.Environments;
import io.facadeswitch.environment.EnvironmentsOverview;
import io.facadeswitch.environment.Gate;
import io.facadeswitch.environment.GateSchedule;
import io.facadeswitch.environment.Step;
import io.facadeswitch.environment.TimeWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/environments}: the chain of facade-switch.yaml as {@code envs} shows it (each environment read
 * from its own control schema with its own credentials), with each step's gate: approvals, windows, whether it is
 * open now. Only a switch started with {@code --env} knows the file; others answer an empty chain. The answer is
 * kept a few seconds, so that open dashboards do not open connections to every environment on each poll.
 */
@Controller("/api/environments")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
final class EnvironmentsController {

    static final Duration KEPT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentsController.class);

    private final CurrentEnvironment current;
    private final FacadeSwitchSettings settings;
    private Chain kept;
    private Instant keptAt = Instant.MIN;

    EnvironmentsController(CurrentEnvironment current, FacadeSwitchSettings settings) {
        this.current = current;
        this.settings = settings;
    }

    /** A step's gate as it stands now; {@code windows} as the file writes them. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GateView(String step, int approvals, List<String> approvers, List<String> windows, boolean open,
                    @Nullable String freeze, @Nullable Instant nextOpening, boolean emergency) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EnvironmentView(EnvironmentRow environment, List<GateView> gates) {
    }

    /** {@code current} is the environment this switch serves; {@code null} (and no environments) without one. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Chain(@Nullable String current, List<EnvironmentView> environments) {
    }

    @Get
    @Operation(summary = "Every environment of facade-switch.yaml with its release, approvals, drift and gates")
    synchronized Chain chain() {
        Instant now = Instant.now();
        if (kept != null && now.isBefore(keptAt.plus(KEPT))) {
            return kept;
        }
        kept = read(now);
        keptAt = now;
        return kept;
    }

    private Chain read(Instant now) {
        if (current.environments().isEmpty() || current.environment().isEmpty()) {
            return new Chain(null, List.of());
        }
        Environments environments = current.environments().get();
        List<EnvironmentRow> rows = new EnvironmentsOverview(environments, System::getenv).rows(settings.coreSchema(), null);
        List<EnvironmentView> views = new ArrayList<>();
        for (EnvironmentRow read : rows) {
            Environment environment = environments.require(read.name());
            EnvironmentRow row = read;
            if (!read.reachable()) {
                // The driver's text may name hosts, databases and users: kept for the log, as for any database error.
                LOG.debug("environment {} is unreachable from this switch: {}", read.name(), read.error());
                row = EnvironmentRow.unreachable(environment, "cannot reach environment " + read.name()
                        + " from this switch; run envs where its credentials are to see why");
            }
            List<GateView> gates = new ArrayList<>();
            for (Step step : Step.values()) {
                Gate gate = environment.gates().get(step);
                if (gate != null) {
                    gates.add(view(step, gate, now));
                }
            }
            views.add(new EnvironmentView(row, gates));
        }
        return new Chain(current.environment().get().name(), views);
    }

    private static GateView view(Step step, Gate gate, Instant now) {
        GateSchedule.Decision decision = GateSchedule.decide(gate, now);
        return new GateView(step.key(), gate.approvals(), gate.approvers(),
                gate.windows().stream().map(TimeWindow::text).toList(), decision.open(),
                decision.freeze() == null ? null : decision.freeze().text(), decision.nextOpening(), gate.emergency());
    }
}
