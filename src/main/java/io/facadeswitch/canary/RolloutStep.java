package io.facadeswitch.canary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One step of a plan: the instances pinned to the new release and/or the sticky share of all
 * instances it gets, held for {@code hold} (the plan's hold when absent) while the analysis judges it.
 * Pins and share only grow from one step to the next.
 */
@Serdeable
public record RolloutStep(@Nullable List<String> instances, @Nullable Double percent, @Nullable String hold) {

    public RolloutStep {
        instances = instances == null ? List.of() : List.copyOf(instances);
    }

    public static RolloutStep percent(double percent) {
        return new RolloutStep(List.of(), percent, null);
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!instances.isEmpty()) {
            text.append("instances ").append(String.join(",", instances));
        }
        if (percent != null && percent > 0) {
            text.append(text.isEmpty() ? "" : " + ").append(RolloutPlan.percentText(percent)).append("% of instances");
        }
        return text.toString();
    }
}
