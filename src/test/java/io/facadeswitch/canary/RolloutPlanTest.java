package io.facadeswitch.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RolloutPlanTest {

    private static RolloutPlan plan(List<RolloutStep> steps) {
        return new RolloutPlan("p", steps, "5m", null, null, null, null);
    }

    @Test
    void theNamedPlansAreValidAndGrow() {
        assertThat(RolloutPlans.all()).containsOnlyKeys("quick", "standard", "careful");
        assertThat(RolloutPlans.named("careful").approval()).isEqualTo(new ApprovalPolicy(true, true, true));
        assertThat(RolloutPlans.named("standard").describe())
                .isEqualTo("standard: 5% of instances for 10m, then 25% of instances for 10m, then 50% of instances"
                        + " for 10m; approval before promotion");
    }

    @Test
    void pinnedInstancesComeFirstAndAHoldReplacesEveryStepsHold() {
        RolloutPlan plan = PlanChoice.of("quick", null, List.of("app-7"), "30s");
        assertThat(plan.steps()).hasSize(3);
        assertThat(plan.steps().get(0).instances()).containsExactly("app-7");
        assertThat(plan.holdOf(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(plan.holdOf(2)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aShrinkingShareIsRefused() {
        assertThatThrownBy(() -> plan(List.of(RolloutStep.percent(20), RolloutStep.percent(5))).validated())
                .hasMessageContaining("step 2").hasMessageContaining("steps only grow");
    }

    @Test
    void aHundredPercentStepIsRefusedBecausePromotionTakesEveryone() {
        assertThatThrownBy(() -> plan(List.of(RolloutStep.percent(100))).validated())
                .hasMessageContaining("below 100");
    }

    @Test
    void aStepThatSendsNobodyIsRefused() {
        assertThatThrownBy(() -> plan(List.of(new RolloutStep(List.of(), 0.0, null))).validated())
                .hasMessageContaining("step 1 sends no instance");
    }

    @Test
    void noStepsAndTooManyStepsAreRefused() {
        assertThatThrownBy(() -> plan(List.of()).validated()).hasMessageContaining("1 to 20 steps");
        List<RolloutStep> many = IntStream.range(0, 21).mapToObj(i -> RolloutStep.percent(i + 1))
                .toList();
        assertThatThrownBy(() -> plan(many).validated()).hasMessageContaining("not 21");
    }

    @Test
    void anUnreadableDurationNamesItsField() {
        assertThatThrownBy(() -> new RolloutPlan("p", List.of(RolloutStep.percent(5)), "5m", "often", null, null,
                null).validated()).hasMessageContaining("analysisInterval");
        assertThatThrownBy(() -> plan(List.of(new RolloutStep(List.of(), 5.0, "0s"))).validated())
                .hasMessageContaining("step 1 hold").hasMessageContaining("not a positive duration");
    }

    @Test
    void aPlanNameAndAPlanFileTogetherAreRefused() {
        assertThatThrownBy(() -> PlanChoice.of("quick", plan(List.of(RolloutStep.percent(5))), null, null))
                .hasMessageContaining("not both");
    }
}
