package io.facadeswitch.canary;

import io.facadeswitch.OperatorText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The named plans: the common shapes, so most rollouts need no plan file. */
public final class RolloutPlans {

    private static final Map<String, RolloutPlan> PLANS = new LinkedHashMap<>();

    static {
        add(new RolloutPlan("quick", List.of(RolloutStep.percent(10), RolloutStep.percent(50)), "2m",
                null, null, null, ApprovalPolicy.NONE));
        add(new RolloutPlan("standard", List.of(RolloutStep.percent(5), RolloutStep.percent(25),
                RolloutStep.percent(50)), "10m", null, null, null, new ApprovalPolicy(false, true, false)));
        add(new RolloutPlan("careful", List.of(RolloutStep.percent(1), RolloutStep.percent(5),
                RolloutStep.percent(10), RolloutStep.percent(25), RolloutStep.percent(50)), "30m", null, null, null,
                new ApprovalPolicy(true, true, true)));
    }

    private RolloutPlans() {
    }

    private static void add(RolloutPlan plan) {
        PLANS.put(plan.name(), plan.validated());
    }

    public static RolloutPlan named(String name) {
        RolloutPlan plan = PLANS.get(name);
        if (plan == null) {
            throw new RolloutException(RolloutErrorCode.BAD_PLAN, "no plan named '" + OperatorText.shown(name) + "': use one of "
                    + String.join(", ", PLANS.keySet()) + ", or --plan-file FILE");
        }
        return plan;
    }

    public static Map<String, RolloutPlan> all() {
        return Map.copyOf(PLANS);
    }
}
