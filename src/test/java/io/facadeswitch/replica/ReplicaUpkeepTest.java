package io.facadeswitch.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.ProxyTestBase;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A replica's row in the replicas table: removed when the replica stops, and forgotten after the
 * expiry when it never left (killed with -9).
 */
class ReplicaUpkeepTest extends ProxyTestBase {

    @Test
    void theRowOfAReplicaThatNeverLeftIsForgottenAfterTheExpiry() throws Exception {
        db.execute("INSERT INTO facade_switch.replicas (id, host, started_at, heartbeat_at, generation, applied_at,"
                        + " listening) VALUES ('killed01', 'gone', now() - interval '1 hour', now() - interval '11 minutes',"
                        + " 1, now() - interval '1 hour', false)",
                "INSERT INTO facade_switch.replicas (id, host, started_at, heartbeat_at, generation, applied_at,"
                        + " listening) VALUES ('paused01', 'slow', now() - interval '1 hour', now() - interval '5 minutes',"
                        + " 1, now() - interval '1 hour', false)");

        SwitchServer another = replica(Map.of());
        waitFor(() -> {
            try {
                return db.value("SELECT count(*) FROM facade_switch.replicas WHERE id = 'killed01'").equals("0");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, 5_000);

        assertThat(db.column("SELECT id FROM facade_switch.replicas ORDER BY id"))
                .contains("paused01", another.heartbeat().replicaId(), server.heartbeat().replicaId())
                .doesNotContain("killed01");
    }

    @Test
    void aStoppedReplicaLeavesPromptlyAndDeregisters() throws Exception {
        SwitchServer a = replica(Map.of());
        SwitchServer b = replica(Map.of("facade.routing.poll-interval", "10s"));
        waitFor(() -> b.watcher().listening(), 5_000);
        String gone = b.heartbeat().replicaId();

        long start = System.nanoTime();
        b.watcher().close();
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(tookMs).isLessThan(2_000);
        assertThat(get(a, "/api/status", READ_SECRET).body()).doesNotContain(gone);
        assertThat(db.value("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'facade-switch-listener-"
                + gone + "'")).isEqualTo("0");
    }
}
