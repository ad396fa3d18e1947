package io.facadeswitch.canary;

import io.facadeswitch.Durations;
import io.facadeswitch.OperatorText;
import io.facadeswitch.routing.RoutingService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a rollout walks a release to everyone: its steps, how long each is held, the analysis
 * settings it overrides and the approvals it needs. Named plans ({@link RolloutPlans}) cover the
 * common shapes; a plan file (the same JSON) any other.
 *
 * @param hold               how long each step is held unless the step says otherwise, e.g. "10m"
 * @param analysisInterval   overrides facade.rollout.analysis.interval for this rollout
 * @param minStatements      overrides facade.rollout.analysis.min-statements
 * @param failureLimit       overrides facade.rollout.analysis.failure-limit
 */
@Serdeable
public record RolloutPlan(String name, List<RolloutStep> steps, String hold, @Nullable String analysisInterval,
                          @Nullable Long minStatements, @Nullable Integer failureLimit,
                          @Nullable ApprovalPolicy approval) {

    static final int MAX_STEPS = 20;

    public RolloutPlan {
        steps = steps == null ? List.of() : List.copyOf(steps);
        approval = approval == null ? ApprovalPolicy.NONE : approval;
    }

    /**
     * Checks the plan as a whole and says what is wrong in terms of the plan file: steps that
     * shrink, shares out of range, unreadable durations.
     */
    public RolloutPlan validated() {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,40}")) {
            throw bad("its name must be 1 to 40 letters, digits, '.', '_' or '-', not '" + OperatorText.shown(name) + "'");
        }
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw bad("it needs 1 to " + MAX_STEPS + " steps, not " + steps.size());
        }
        duration("hold", hold);
        if (analysisInterval != null) {
            duration("analysisInterval", analysisInterval);
        }
        if (minStatements != null && minStatements < 1) {
            throw bad("minStatements must be at least 1");
        }
        if (failureLimit != null && failureLimit < 1) {
            throw bad("failureLimit must be at least 1");
        }
        double share = 0;
        List<String> pinned = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            RolloutStep step = steps.get(i);
            String where = "step " + (i + 1);
            if (step.hold() != null) {
                duration(where + " hold", step.hold());
            }
            if (step.percent() != null) {
                if (step.percent().isNaN() || step.percent() < 0 || step.percent() >= 100) {
                    throw bad(where + ": percent must be at least 0 and below 100 (promotion takes everyone), not "
                            + step.percent());
                }
                if (step.percent() < share) {
                    throw bad(where + ": percent " + step.percent() + " is below the previous step's " + share
                            + "; steps only grow");
                }
                share = step.percent();
            }
            for (String instance : step.instances()) {
                if (!RoutingService.validInstance(instance)) {
                    throw bad(where + ": '" + OperatorText.shown(instance) + "' is not an instance name (1 to 63 printable characters,"
                            + " as in application_name)");
                }
            }
            pinned.addAll(step.instances());
            if (pinned.isEmpty() && share == 0) {
                throw bad(where + " sends no instance to the new release: give instances, a percent, or both");
            }
        }
        return this;
    }

    public Duration holdOf(int step) {
        String text = steps.get(step).hold();
        return Durations.parse(text != null ? text : hold);
    }

    /** The plan with a first step that pins these instances (rollout start --instances). */
    public RolloutPlan withPinnedFirst(List<String> instances) {
        if (instances == null || instances.isEmpty()) {
            return this;
        }
        List<RolloutStep> all = new ArrayList<>();
        all.add(new RolloutStep(instances, null, null));
        all.addAll(steps);
        return new RolloutPlan(name, all, hold, analysisInterval, minStatements, failureLimit, approval);
    }

    /** The plan with every hold replaced, e.g. for a demo or a test that cannot wait minutes. */
    public RolloutPlan withHold(String newHold) {
        List<RolloutStep> all = steps.stream().map(s -> new RolloutStep(s.instances(), s.percent(), null)).toList();
        return new RolloutPlan(name, all, newHold, analysisInterval, minStatements, failureLimit, approval);
    }

    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            parts.add(steps.get(i).describe() + " for " + Durations.format(holdOf(i)));
        }
        String gates = (approval.beforeStart() ? "; approval before start" : "")
                + (approval.beforePromote() ? "; approval before promotion" : "")
                + (approval.distinctApprover() ? " (by someone other than the initiator)" : "");
        return name + ": " + String.join(", then ", parts) + gates;
    }

    static String percentText(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent)
                : String.format(Locale.ROOT, "%.3f", percent).replaceAll("0+$", "");
    }

    private static void duration(String field, String text) {
        try {
            if (text == null || Durations.parse(text).isZero()) {
                throw new IllegalArgumentException("'" + OperatorText.shown(text) + "' is not a positive duration");
            }
        } catch (IllegalArgumentException e) {
            throw bad(field + ": " + e.getMessage());
        }
    }

    private static RolloutException bad(String problem) {
        return new RolloutException(RolloutErrorCode.BAD_PLAN, "the rollout plan is not valid: " + problem);
    }
}
