package io.facadeswitch.canary;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Turns what a caller gave (a plan name or a plan document, pins, a hold) into one validated plan. */
public final class PlanChoice {

    private PlanChoice() {
    }

    public static RolloutPlan of(@Nullable String name, @Nullable RolloutPlan document, @Nullable List<String> instances,
                                 @Nullable String hold) {
        if (name != null && document != null) {
            throw new RolloutException(RolloutErrorCode.BAD_PLAN, "give a plan name or a plan file, not both");
        }
        RolloutPlan plan = document != null ? document : RolloutPlans.named(name == null ? "standard" : name);
        if (hold != null) {
            plan = plan.withHold(hold);
        }
        return plan.withPinnedFirst(instances).validated();
    }
}
