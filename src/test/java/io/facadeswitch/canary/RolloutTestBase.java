package io.facadeswitch.canary;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.AppTraffic;
import io.facadeswitch.support.ProxyTestBase;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A replica that drives rollouts with short clocks, products to read, and application instances
 * reading them through its proxy.
 */
abstract class RolloutTestBase extends ProxyTestBase {

    static final String READ_PRODUCTS = "SELECT sum(price_cents) FROM products";

    @Override
    protected Map<String, Object> proxySettings() {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "facade.rollout.tick", "100ms",
                "facade.rollout.grace", "100ms",
                "facade.proxy.figures-interval", "100ms"));
        settings.putAll(replicaSettings());
        return settings;
    }

    Map<String, Object> replicaSettings() {
        return Map.of();
    }

    RolloutService rollouts() {
        return context.bean(RolloutService.class);
    }

    void addProducts() throws SQLException {
        db.execute("INSERT INTO core.product (sku, name, price_cents) VALUES ('R-1', 'Rollout one', 100),"
                + " ('R-2', 'Rollout two', 250)");
    }

    AppTraffic traffic(String... instances) throws SQLException {
        return AppTraffic.start(this::connect, READ_PRODUCTS, 3, instances);
    }

    static RolloutPlan plan(List<RolloutStep> steps, String hold, String interval, long minStatements,
                            ApprovalPolicy approval) {
        return new RolloutPlan("test", steps, hold, interval, minStatements, null, approval);
    }

    static RolloutStep pin(String... instances) {
        return new RolloutStep(List.of(instances), null, null);
    }

    /** Polls the current rollout until it satisfies {@code condition}; fails after {@code millis}. */
    Rollout awaitRollout(Predicate<Rollout> condition, long millis, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        Rollout now = rollouts().current().orElseThrow().rollout();
        while (!condition.test(now)) {
            assertThat(System.currentTimeMillis()).as("%s within %d ms; rollout is %s at %s", what, millis,
                    now.state(), now.where()).isLessThan(deadline);
            Thread.sleep(20);
            now = rollouts().current().orElseThrow().rollout();
        }
        return now;
    }
}
