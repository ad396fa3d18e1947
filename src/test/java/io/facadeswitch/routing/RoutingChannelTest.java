package io.facadeswitch.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.ProxyTestBase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The routing channel, which any role may NOTIFY: a replica's watcher takes what arrives there as a hint only. */
class RoutingChannelTest extends ProxyTestBase {

    private static final Pattern CHECKS = Pattern.compile("(?m)^facade_switch_routing_notified_checks_total (\\S+)$");

    @Test
    void aNotifyFloodFromTheApplicationRoleCostsAtMostOneGenerationReadPer20Ms() throws Exception {
        waitFor(() -> server.watcher().listening(), 5_000);
        double before = checks();
        long start = System.nanoTime();
        try (Connection app = db.connectAs(appRole, "secret"); Statement statement = app.createStatement()) {
            for (int round = 0; round < 100; round++) {
                // Distinct payloads (PostgreSQL folds equal ones in a transaction), each a "newer" generation.
                statement.execute("SELECT pg_notify('" + RoutingWatcher.CHANNEL + "', (1000000 + " + round
                        + " * 100 + g)::text) FROM generate_series(1, 50) g");
            }
        }
        Thread.sleep(300); // the last notifications arrive and are coalesced
        double elapsedMillis = (System.nanoTime() - start) / 1e6;
        double made = checks() - before;
        System.out.printf("5000 notifications over %.0f ms: %.0f generation reads%n", elapsedMillis, made);

        assertThat(made).as("5,000 notifications in %.0f ms", elapsedMillis).isGreaterThan(0)
                .isLessThanOrEqualTo(elapsedMillis / 20 + 5);
        assertThat(server.watcher().current().generation()).as("a payload is only a hint").isEqualTo(2);

        routing().promote("tester", "a real change still arrives at once", null);
        awaitApplied(server, 3);
    }

    private double checks() throws Exception {
        Matcher m = CHECKS.matcher(get(server, "/prometheus", null).body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
