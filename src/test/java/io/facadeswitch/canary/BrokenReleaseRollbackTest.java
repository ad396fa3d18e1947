package io.facadeswitch.canary;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.facade.DeployOutcome;
import io.facadeswitch.support.AppTraffic;
import io.facadeswitch.support.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Release 1.1.0 is active on green and a release with a broken products view waits on blue; six
 * instances read products through the proxy while a rollout pins app-1 to the broken release.
 */
class BrokenReleaseRollbackTest extends RolloutTestBase {

    private static final long INTERVAL_MS = 1_000;

    /** A webhook receiver that is down in the worst way: it accepts connections and never answers. */
    private final ServerSocket silentReceiver = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    BrokenReleaseRollbackTest() throws IOException {
    }

    @BeforeEach
    void brokenReleaseOnStandby() throws Exception {
        addProducts();
        routing().promote("tester", "1.1.0 for everyone", null);
        assertThat(((DeployOutcome.Deployed) deploy(Fixtures.brokenRelease(), "1.2.0"))
                .warnings())
                .anySatisfy(w -> assertThat(w).contains("no test calls").contains("product_price"));
    }

    @BeforeEach
    void holdEveryConnection() {
        Thread acceptor = new Thread(() -> {
            while (!silentReceiver.isClosed()) {
                try {
                    held.add(silentReceiver.accept());
                    accepted.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-receiver");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void closeReceiver() throws IOException {
        silentReceiver.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Override
    Map<String, Object> replicaSettings() {
        return Map.of("facade.webhooks.pager.url", "http://127.0.0.1:" + silentReceiver.getLocalPort() + "/hooks",
                "facade.webhooks.pager.timeout", "5s",
                "facade.webhooks.pager.attempts", "5",
                "facade.webhooks.pager.backoff", "2s");
    }

    @Test
    void aBrokenViewIsRolledBackWithinTwoIntervalsWhileTheWebhookReceiverIsDownAndNoStableInstanceSeesAnError()
            throws Exception {
        try (AppTraffic traffic = traffic("app-1", "app-2", "app-3", "app-4", "app-5", "app-6")) {
            Thread.sleep(300); // everyone reads 1.1.0 first
            rollouts().start("alice", plan(List.of(pin("app-1"), RolloutStep.percent(50)), "30s",
                    INTERVAL_MS + "ms", 20, ApprovalPolicy.NONE), "ship 1.2.0");

            Rollout ended = awaitRollout(r -> r.state().ended(), 10_000, "the rollout ends");
            // The replica's 'rolled-back' webhook goes to the silent receiver, which holds it unanswered.
            waitFor(() -> accepted.get() > 0, 3_000);
            long endedNanos = System.nanoTime();
            AppTraffic.Instance canary = traffic.instance("app-1");
            assertThat(ended.state()).isEqualTo(RolloutState.ROLLED_BACK);
            assertThat(canary.errors.get()).as("the canary saw the broken view").isPositive();
            assertThat(canary.sqlStates).containsKey("42703");
            long rolledBackAfterMs = (endedNanos - canary.firstErrorNanos) / 1_000_000;
            assertThat(rolledBackAfterMs).as("rolled back %d ms after the canary's first error", rolledBackAfterMs)
                    .isLessThan(2 * INTERVAL_MS);

            Thread.sleep(500); // the canary moves back and reads the good release again
            long errorsAfterRollback = canary.errors.get();
            long statementsAfterRollback = canary.statements.get();
            Thread.sleep(300);
            assertThat(canary.errors.get()).as("no error once back on 1.1.0").isEqualTo(errorsAfterRollback);
            assertThat(canary.statements.get()).isGreaterThan(statementsAfterRollback);
            for (String stable : List.of("app-2", "app-3", "app-4", "app-5", "app-6")) {
                assertThat(traffic.instance(stable).errors.get()).as("%s never saw an error", stable).isZero();
                assertThat(traffic.instance(stable).statements.get()).isPositive();
            }
        }
        assertThat(routing().snapshot().canary()).as("no canary left").isNull();
        assertThat(routing().snapshot().active()).isEqualTo("green");
        StoredVerdict verdict = rollouts().current().orElseThrow().verdicts().get(0);
        assertThat(verdict.outcome()).isEqualTo("broken");
        assertThat(verdict.summary()).contains("42703");
        assertThat(verdict.inputs()).containsKeys("canary", "baseline", "thresholds");
        assertThat(audit().all()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("rollout-rolled-back");
            assertThat(entry.actor()).isEqualTo("analysis");
            assertThat(entry.reason()).contains("42703");
        });
    }

    @Test
    void aPausedRolloutStillRollsBackABrokenFacade() throws Exception {
        rollouts().start("alice", plan(List.of(pin("app-1")), "30s", "1s", 20, ApprovalPolicy.NONE), null);
        rollouts().pause("alice", "looking at a dashboard");
        try (AppTraffic traffic = traffic("app-1", "app-2")) {
            Rollout ended = awaitRollout(r -> r.state().ended(), 10_000, "the rollout ends");
            assertThat(ended.state()).isEqualTo(RolloutState.ROLLED_BACK);
            assertThat(traffic.instance("app-2").errors.get()).isZero();
        }
    }
}
