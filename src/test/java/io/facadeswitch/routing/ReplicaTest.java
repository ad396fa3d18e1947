package io.facadeswitch.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several replicas on one database agree on the routing, by notification and, failing that, by polling. */
class ReplicaTest extends ServerTestBase {

    @BeforeEach
    void twoReleases() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
    }

    @Test
    void aFlipMadeOnOneReplicaIsAppliedByTheOtherWithinMilliseconds() throws Exception {
        // Polling every 30 s: only the notification can make the other replica this fast.
        SwitchServer a = replica(Map.of("facade.routing.poll-interval", "30s"));
        SwitchServer b = replica(Map.of("facade.routing.poll-interval", "30s"));
        waitFor(() -> b.watcher().listening(), 5_000);

        long start = System.nanoTime();
        assertThat(post(a, "/api/promote", OPERATE_SECRET, "{}").status()).isEqualTo(200);
        long committed = System.nanoTime();
        waitFor(() -> b.watcher().current().generation() == 3, 5_000);
        long applied = System.nanoTime();

        assertThat(b.watcher().current().active().label()).isEqualTo("green");
        long delayMs = Duration.between(b.watcher().current().changedAt(), b.watcher().appliedAt()).toMillis();
        System.out.printf("propagation: the other replica applied generation 3 %d ms after the change was written"
                + " (the request took %d ms end to end)%n", delayMs, (committed - start) / 1_000_000);
        assertThat(delayMs).isLessThan(1_000);
    }

    @Test
    void aFlipMadeThroughAReplicaIsInForceOnThatReplicaWhenItsAnswerArrives() throws Exception {
        // No notification and no poll can help within the test: listening is cut, polling is 30 s.
        SwitchServer a = replica(Map.of("facade.routing.poll-interval", "30s", "facade.routing.listen-retry", "60s"));
        waitFor(() -> a.watcher().listening(), 5_000);
        cutListener(a);

        assertThat(post(a, "/api/promote", OPERATE_SECRET, "{}").status()).isEqualTo(200);

        assertThat(a.watcher().current().generation()).as("applied before the answer").isEqualTo(3);
        assertThat(a.watcher().current().active().label()).isEqualTo("green");
    }

    @Test
    void aReplicaWhoseListenConnectionIsCutStillConvergesByPolling() throws Exception {
        SwitchServer a = replica(Map.of());
        SwitchServer b = replica(Map.of("facade.routing.poll-interval", "200ms", "facade.routing.listen-retry", "60s"));
        waitFor(() -> b.watcher().listening(), 5_000);

        cutListener(b);
        assertThat(post(a, "/api/promote", OPERATE_SECRET, "{}").status()).isEqualTo(200);
        waitFor(() -> b.watcher().current().generation() == 3, 3_000);

        assertThat(b.watcher().listening()).isFalse();
        assertThat(b.watcher().current().active().label()).isEqualTo("green");
        assertThat(get(b, "/api/status", READ_SECRET).body())
                .contains("\"id\":\"" + b.heartbeat().replicaId() + "\"");
    }

    @Test
    void aFailingListenerDoesNotStopTheReplicaFollowing() throws Exception {
        SwitchServer a = replica(Map.of());
        SwitchServer b = replica(Map.of());
        b.watcher().onChange(table -> {
            throw new IllegalStateException("a broken subscriber");
        });

        post(a, "/api/promote", OPERATE_SECRET, "{}");
        waitFor(() -> b.watcher().current().generation() == 3, 3_000);
        post(a, "/api/rollback", OPERATE_SECRET, "{}");
        waitFor(() -> b.watcher().current().generation() == 4, 3_000);

        assertThat(b.watcher().current().active().label()).isEqualTo("blue");
    }

    /** Ends a replica's LISTEN connection from the server side, as a network cut would. */
    private void cutListener(SwitchServer replica) throws Exception {
        db.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE application_name = 'facade-switch-listener-" + replica.heartbeat().replicaId() + "'");
        waitFor(() -> !replica.watcher().listening(), 5_000);
    }
}
