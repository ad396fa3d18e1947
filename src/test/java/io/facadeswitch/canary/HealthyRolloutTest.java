package io.facadeswitch.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.control.AuditEntry;
import io.facadeswitch.support.AppTraffic;
import io.facadeswitch.support.Fixtures;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 1.0.0 active on blue, 1.1.0 (the same columns) deployed on green, eight instances reading through the proxy. */
class HealthyRolloutTest extends RolloutTestBase {

    private static final ApprovalPolicy SECOND_PERSON = new ApprovalPolicy(false, true, true);

    @BeforeEach
    void products() throws Exception {
        addProducts();
    }

    @Test
    void aHealthyReleaseWalksEveryStepThenWaitsForApprovalAndIsPromotedByASecondPerson() throws Exception {
        try (AppTraffic traffic = traffic("app-1", "app-2", "app-3", "app-4", "app-5", "app-6", "app-7", "app-8")) {
            rollouts().start("alice", plan(List.of(pin("app-1"), RolloutStep.percent(25), RolloutStep.percent(50)),
                    "1s", "500ms", 10, SECOND_PERSON), "ship 1.1.0");

            Rollout waiting = awaitRollout(r -> r.state() == RolloutState.AWAITING_APPROVAL || r.state().ended(),
                    20_000, "the rollout reaches its promotion gate");
            assertThat(waiting.state()).isEqualTo(RolloutState.AWAITING_APPROVAL);
            assertThat(waiting.gate()).isEqualTo("promote");
            assertThat(waiting.step()).as("the last step").isEqualTo(2);
            assertThat(routing().snapshot().canary()).as("the canary keeps its traffic while it waits").isNotNull();
            Thread.sleep(700);
            assertThat(rollouts().current().orElseThrow().rollout().state()).as("it waits, however long")
                    .isEqualTo(RolloutState.AWAITING_APPROVAL);

            assertThatThrownBy(() -> rollouts().approve("alice", "my own release"))
                    .isInstanceOf(RolloutException.class).hasMessageContaining("someone other than alice")
                    .extracting(e -> ((RolloutException) e).reason())
                    .isEqualTo(RolloutErrorCode.APPROVER_IS_INITIATOR);
            RolloutView promoted = rollouts().approve("bob", "figures look good");
            assertThat(promoted.rollout().state()).isEqualTo(RolloutState.PROMOTED);
            assertThat(promoted.approvals()).singleElement().satisfies(a -> {
                assertThat(a.actor()).isEqualTo("bob");
                assertThat(a.decision()).isEqualTo("approve");
                assertThat(a.comment()).isEqualTo("figures look good");
            });
            for (AppTraffic.Instance instance : traffic.instances()) {
                assertThat(instance.errors.get()).as("%s saw no error", instance.name).isZero();
            }
        }
        assertThat(routing().snapshot().active()).isEqualTo("green");
        List<StoredVerdict> verdicts = rollouts().verdicts(rollouts().current().orElseThrow().rollout().id(), 100);
        assertThat(verdicts).extracting(StoredVerdict::step).contains(0, 1, 2);
        // A step advances on a passing window; one noisy window (a loaded machine, the canary's cold
        // plans in its first half second) may fail without rolling back, as failures count in a row.
        for (int step = 0; step <= 2; step++) {
            int current = step;
            StoredVerdict last = verdicts.stream().filter(v -> v.step() == current)
                    .max(Comparator.comparing(StoredVerdict::windowEnd)).orElseThrow();
            assertThat(last.outcome()).as("the window that ended step %d", step).isEqualTo("pass");
        }
        assertThat(verdicts).noneSatisfy(v -> assertThat(v.outcome()).isEqualTo("broken"));
        List<String> story = audit().all().stream().filter(e -> e.action().startsWith("rollout-")
                && !e.action().equals("rollout-verdict")).map(AuditEntry::action).toList();
        assertThat(story).containsExactly("rollout-start", "rollout-step", "rollout-step", "rollout-step",
                "rollout-awaiting-approval", "rollout-approve", "rollout-promoted");
    }

    @Test
    void aCanaryWithNoTrafficStaysInconclusiveAndDoesNotAdvance() throws Exception {
        // app-1 is pinned but idle; app-2 keeps the baseline busy.
        try (AppTraffic traffic = traffic("app-2")) {
            rollouts().start("alice", plan(List.of(pin("app-1"), RolloutStep.percent(50)), "500ms", "500ms", 10,
                    ApprovalPolicy.NONE), null);
            awaitRollout(r -> r.state() == RolloutState.INCONCLUSIVE, 5_000, "the first window is inconclusive");
            Thread.sleep(2_000); // four more windows, each past the step's hold
            RolloutView view = rollouts().current().orElseThrow();
            assertThat(view.rollout().state()).isEqualTo(RolloutState.INCONCLUSIVE);
            assertThat(view.rollout().step()).as("still the first step").isZero();
            assertThat(view.verdicts()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(v -> assertThat(v.outcome()).isEqualTo("inconclusive"));
            assertThat(view.verdicts().get(0).summary()).contains("canary");
            assertThat(routing().snapshot().canary().percent()).as("the share never grew").isZero();
            assertThat(traffic.instance("app-2").statements.get()).isPositive();
        }
    }

    @Test
    void anOperatorCanPauseResumeAndAbortWithAReason() throws Exception {
        rollouts().start("alice", plan(List.of(pin("app-1")), "1h", "1h", 10, ApprovalPolicy.NONE), null);
        assertThat(rollouts().pause("alice", "looking at a dashboard").rollout().state())
                .isEqualTo(RolloutState.PAUSED);
        assertThatThrownBy(() -> rollouts().pause("alice", null)).isInstanceOf(RolloutException.class)
                .hasMessageContaining("only a running step can be paused");
        assertThat(rollouts().resume("alice", null).rollout().state()).isEqualTo(RolloutState.RUNNING);
        assertThatThrownBy(() -> rollouts().promote("alice", false, "go on", 2))
                .as("a promote for a step the caller saw but that is no longer current")
                .hasMessageContaining("the step is no longer 2");
        assertThatThrownBy(() -> deploy(Fixtures.flakyRelease(), "1.3.0"))
                .hasMessageContaining("rollout").hasMessageContaining("in progress");
        assertThatThrownBy(() -> rollouts().abort("alice", " ")).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> routing().promote("carol", "skip the rollout", null))
                .hasMessageContaining("rollout").hasMessageContaining("in progress");
        RolloutView aborted = rollouts().abort("alice", "wrong release");
        assertThat(aborted.rollout().state()).isEqualTo(RolloutState.ABORTED);
        assertThat(routing().snapshot().canary()).isNull();
        RolloutView retried = rollouts().retry("alice", null);
        assertThat(retried.rollout().retryOf()).isEqualTo(aborted.rollout().id());
        assertThat(retried.rollout().state()).isEqualTo(RolloutState.RUNNING);
        assertThat(routing().explain("app-1").colour()).isEqualTo("green");
    }
}
