package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.replica.ProxyReport;
import io.facadeswitch.support.ProxyTestBase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** promote --wait, rollback --wait and status, with application connections open through the proxy. */
class WaitForProxiesTest extends ProxyTestBase {

    @Test
    void promoteWaitReturnsOnceEveryIdleConnectionHasMoved() throws Exception {
        try (Connection a = connect("app-1"); Connection b = connect("app-2"); Connection c = connect("app-2")) {
            CliRun promoted = run("promote", "--wait", "10s");

            assertThat(promoted.status()).as(promoted.err()).isZero();
            assertThat(promoted.out()).contains("settled in").contains("1 replica(s), 1 proxy(ies) apply generation 3");
            ProxyReport report = server.proxy().report();
            assertThat(report.pendingIdle() + report.pendingBusy()).isZero();
            assertThat(report.instances()).containsExactly(
                    new ProxyReport.InstanceConnections("app-1", "green", 1),
                    new ProxyReport.InstanceConnections("app-2", "green", 2));
            assertThat(searchPath(a)).isEqualTo("facade_green");
        }
    }

    @Test
    void aConnectionInATransactionDoesNotHoldTheWaitAndIsCounted() throws Exception {
        try (Connection busy = connect("app-1")) {
            busy.setAutoCommit(false);
            searchPath(busy);
            CliRun promoted = run("promote", "--wait", "10s");

            assertThat(promoted.status()).as(promoted.err()).isZero();
            assertThat(promoted.out()).contains("1 connection(s) in a transaction move when it ends");
            assertThat(searchPath(busy)).isEqualTo("facade_blue");
            busy.commit();
            assertThat(searchPath(busy)).isEqualTo("facade_green");
        }
    }

    @Test
    void aReplicaThatHasNotAppliedTheChangeIsNamedWhenTheWaitTimesOut() throws Exception {
        db.execute("INSERT INTO facade_switch.replicas (id, host, http_port, started_at, heartbeat_at, generation,"
                + " applied_at, listening) VALUES ('stuck001', 'old-host', 8080, now(), now() + interval '1 hour', 1,"
                + " now(), false)");
        CliRun rolledOut = run("promote", "--wait", "300ms");

        assertThat(rolledOut.status()).isEqualTo(1);
        assertThat(rolledOut.err()).contains("not settled within 300ms")
                .contains("replica stuck001 on old-host still applies generation 1");
        assertThat(rolledOut.out()).as("the change itself is made").contains("promoted: green");
    }

    @Test
    void statusShowsTheConnectionsOnEachColourPerInstance() throws Exception {
        try (Connection a = connect("app-1"); Connection b = connect("app-2")) {
            server.heartbeat().reportSoon();
            Thread.sleep(300);
            CliRun status = run("status");
            assertThat(status.status()).isZero();
            assertThat(status.out()).contains("proxy " + proxyPort()).containsPattern("app-1 +blue +1")
                    .containsPattern("app-2 +blue +1");
            CliRun json = run("status", "--json");
            assertThat(json.out()).contains("\"connections\":[{\"instance\":\"app-1\",\"colour\":\"blue\","
                    + "\"connections\":1}");
        }
    }

    @Test
    void aWaitThatIsNotADurationIsACommandLineError() {
        CliRun wrong = run("rollback", "--wait", "soon");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("'soon' is not a duration");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", db.url(), "--db-user", db.user()));
        return CliRun.of(all);
    }
}
