package io.facadeswitch.canary;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.AppTraffic;
import io.facadeswitch.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A release that fails a third of its reads with an ordinary error: a regression, not a broken facade. */
class RegressionRollbackTest extends RolloutTestBase {

    @BeforeEach
    void flakyReleaseOnStandby() throws Exception {
        addProducts();
        routing().promote("tester", "1.1.0 for everyone", null);
        deploy(Fixtures.flakyRelease(), "1.2.0");
    }

    @Test
    void anErrorRateRegressionRollsBackAtTheFailureLimitWithEachVerdictsTest() throws Exception {
        try (AppTraffic traffic = traffic("app-1", "app-2", "app-3")) {
            rollouts().start("alice", new RolloutPlan("test", List.of(pin("app-1"), RolloutStep.percent(50)), "30s",
                    "500ms", 20L, 2, ApprovalPolicy.NONE), null);
            Rollout ended = awaitRollout(r -> r.state().ended(), 10_000, "the rollout ends");
            assertThat(ended.state()).isEqualTo(RolloutState.ROLLED_BACK);
            assertThat(traffic.instance("app-1").sqlStates).containsOnlyKeys("22012");
            assertThat(traffic.instance("app-2").errors.get()).isZero();
            assertThat(traffic.instance("app-3").errors.get()).isZero();
        }
        List<StoredVerdict> verdicts = rollouts().current().orElseThrow().verdicts();
        assertThat(verdicts).extracting(StoredVerdict::outcome).doesNotContain("broken", "pass");
        assertThat(verdicts.stream().filter(v -> v.outcome().equals("fail")).count()).isEqualTo(2);
        StoredVerdict last = verdicts.get(0);
        assertThat(last.summary()).contains("error rate");
        @SuppressWarnings("unchecked")
        Map<String, Object> errorRate = (Map<String, Object>)
                ((Map<String, Object>) last.inputs().get("tests")).get("errorRate");
        assertThat(errorRate).containsEntry("regression", true).containsKeys("z", "p");
        assertThat(((Number) errorRate.get("p")).doubleValue()).isLessThan(0.05);
        assertThat(audit().all()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("rollout-rolled-back");
            assertThat(entry.reason()).startsWith("2 regressing window(s), the limit is 2");
        });
    }
}
