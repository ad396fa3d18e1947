package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.ProxyTestBase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What the canary analysis reads: every replica's proxy writes its per-colour figures into the control schema. */
class ProxyFiguresTest extends ProxyTestBase {

    @Override
    protected Map<String, Object> proxySettings() {
        return Map.of("facade.proxy.figures-interval", "100ms");
    }

    @Test
    void everyReplicaWritesItsStatementsErrorsAndLatencyPerColourAndInstance() throws Exception {
        SwitchServer second = replica(proxySettings());
        try (Connection first = connect("app-1");
             Connection other = connectThrough(second, "127.0.0.1", "app-2", new Properties())) {
            for (int i = 0; i < 20; i++) {
                scalar(first, "SELECT count(*) FROM order_statuses");
                scalar(other, "SELECT count(*) FROM order_statuses");
            }
            try (Statement statement = other.createStatement()) {
                assertThatThrownBy(() -> statement.execute("SELECT * FROM no_such_view"))
                        .isInstanceOf(SQLException.class);
            }
            waitFor(() -> figure("count(DISTINCT replica)").equals("2")
                    && figure("coalesce(sum((sqlstates->>'42P01')::int), 0)").equals("1")
                    && Long.parseLong(figure("coalesce(sum(statements), 0)")) >= 41, 5_000);
        }
        assertThat(figure("count(DISTINCT replica)")).isEqualTo("2");
        assertThat(Long.parseLong(db.value("SELECT sum(statements) FROM facade_switch.proxy_samples"
                + " WHERE instance = 'app-1' AND colour = 'blue'"))).isGreaterThanOrEqualTo(20);
        assertThat(Long.parseLong(db.value("SELECT sum(statements) FROM facade_switch.proxy_samples"
                + " WHERE instance = 'app-2' AND colour = 'blue'"))).isGreaterThanOrEqualTo(21);
        assertThat(db.value("SELECT sum(errors) FROM facade_switch.proxy_samples WHERE instance = 'app-2'"))
                .isEqualTo("1");
        assertThat(db.value("SELECT sum(errors) FROM facade_switch.proxy_samples WHERE instance = 'app-1'"))
                .isEqualTo("0");
        assertThat(Double.parseDouble(db.value("SELECT sum(latency_sum_ms) / sum(requests)"
                + " FROM facade_switch.proxy_samples"))).as("mean request latency in ms").isPositive().isLessThan(1_000);
        assertThat(Double.parseDouble(db.value("SELECT sum(latency_sq_ms) FROM facade_switch.proxy_samples")))
                .isPositive();
    }

    @Test
    void eachFlushWritesOnlyWhatIsNewSoNothingIsCountedTwice() throws Exception {
        try (Connection app = connect("app-1")) {
            for (int i = 0; i < 10; i++) {
                scalar(app, "SELECT 1");
            }
            waitFor(() -> sum().equals("10"), 5_000);
            Thread.sleep(400); // several more flushes with nothing new
            assertThat(sum()).isEqualTo("10");
            scalar(app, "SELECT 2");
            waitFor(() -> sum().equals("11"), 5_000);
        }
    }

    @Test
    void anErrorTheAnalysisCountsAsBrokenIsFlushedAtOnceAndOthersWaitForTheInterval() throws Exception {
        SwitchServer slow = replica(Map.of("facade.proxy.figures-interval", "1h",
                "facade.rollout.analysis.broken-sql-states", "42P01"));
        try (Connection app = connectThrough(slow, "127.0.0.1", "app-3", new Properties());
             Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("SELEC 1")).isInstanceOf(SQLException.class); // 42601
            Thread.sleep(500);
            assertThat(figure("count(*)", "app-3")).as("a syntax error is not a broken facade: it waits")
                    .isEqualTo("0");

            assertThatThrownBy(() -> statement.execute("SELECT * FROM no_such_view")) // 42P01
                    .isInstanceOf(SQLException.class);
            waitFor(() -> figure("coalesce(sum(errors), 0)", "app-3").equals("2"), 5_000);
            assertThat(figure("coalesce(sum((sqlstates->>'42601')::int), 0)", "app-3")).isEqualTo("1");
        }
    }

    private String sum() {
        return figure("coalesce(sum(statements), 0)");
    }

    private String figure(String expression, String instance) {
        try {
            return db.value("SELECT " + expression + " FROM facade_switch.proxy_samples WHERE instance = '"
                    + instance + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String figure(String expression) {
        try {
            return db.value("SELECT " + expression + " FROM facade_switch.proxy_samples");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
