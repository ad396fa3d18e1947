package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.facade.DeployException;
import io.facadeswitch.facade.DeployOutcome;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.WireClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Where the proxy puts connections, and when it moves them. */
class ProxyRoutingTest extends ProxyTestBase {

    @Test
    void aConnectionLandsOnItsColourWhateverSearchPathTheClientAskedFor() throws Exception {
        Properties asked = new Properties();
        asked.setProperty("options", "-c search_path=public");
        try (Connection app = connect("app-1", asked)) {
            assertThat(searchPath(app)).isEqualTo("facade_blue");
            assertThat(scalar(app, "SELECT count(*) FROM products")).isNotNull();
        }
    }

    @Test
    void anIdleConnectionMovesOnAFlipWithoutReconnecting() throws Exception {
        try (Connection app = connect("app-1")) {
            String pid = scalar(app, "SELECT pg_backend_pid()");
            routing().promote("tester", "test", null);

            awaitSearchPath(app, "facade_green", 5_000);
            assertThat(scalar(app, "SELECT pg_backend_pid()")).as("the same server connection").isEqualTo(pid);
            assertThat(scalar(app, "SELECT count(*) FROM customer_order_counts")).as("a view only 1.1.0 has")
                    .isNotNull();
        }
    }

    @Test
    void aTransactionInProgressFinishesOnTheColourItStartedOn() throws Exception {
        try (Connection app = connect("app-1")) {
            app.setAutoCommit(false);
            assertThat(searchPath(app)).isEqualTo("facade_blue");
            routing().promote("tester", "test", null);
            awaitApplied(3);
            Thread.sleep(200);

            for (int i = 0; i < 5; i++) {
                assertThat(searchPath(app)).as("still inside the transaction").isEqualTo("facade_blue");
            }
            app.commit();
            assertThat(searchPath(app)).as("the first statement after the commit").isEqualTo("facade_green");
        }
    }

    @Test
    void aCanaryMovesOnlyThePinnedInstances() throws Exception {
        try (Connection canary = connect("app-1"); Connection stable = connect("app-2")) {
            routing().canary("tester", List.of("app-1"), null, "test", null);
            awaitApplied(3);

            assertThat(searchPath(canary)).isEqualTo("facade_green");
            assertThat(searchPath(stable)).isEqualTo("facade_blue");
            try (Connection another = connect("app-2")) {
                assertThat(searchPath(another)).isEqualTo("facade_blue");
            }
        }
    }

    @Test
    void discardAllAndResetAllPutTheConnectionBackOnItsCurrentColour() throws Exception {
        try (Connection app = connect("app-1")) {
            routing().promote("tester", "test", null);
            awaitSearchPath(app, "facade_green", 5_000);

            execute(app, "DISCARD ALL");
            assertThat(searchPath(app)).as("not the colour the connection started on").isEqualTo("facade_green");
            execute(app, "RESET ALL");
            assertThat(searchPath(app)).isEqualTo("facade_green");
        }
    }

    @Test
    void aSearchPathTheClientSetsItselfIsOverriddenAtTheNextBoundaryOnServersThatReportIt() throws Exception {
        try (Connection app = connect("app-1")) {
            boolean reports = Integer.parseInt(scalar(app, "SHOW server_version_num")) >= 180000;
            execute(app, "SET search_path TO public");
            String next = searchPath(app);
            // PostgreSQL 18 reports search_path changes, so the proxy sees this one; older servers do not.
            assertThat(next).isEqualTo(reports ? "facade_blue" : "public");
        }
    }

    @Test
    void pgjdbcWithoutAssumeMinServerVersionSendsNoApplicationNameAtStartupSoItsConnectionIsAnonymous()
            throws Exception {
        routing().canary("tester", List.of("app-7"), null, "test", null);
        awaitApplied(3);
        Properties plain = new Properties();
        plain.setProperty("user", appRole);
        plain.setProperty("password", "secret");
        plain.setProperty("ApplicationName", "app-7");
        try (Connection app = DriverManager.getConnection(proxyUrl(), plain)) {
            assertThat(scalar(app, "SHOW application_name")).as("set by pgjdbc after connecting").isEqualTo("app-7");
            assertThat(searchPath(app)).as("too late for the proxy: the active colour").isEqualTo("facade_blue");
        }
        try (Connection app = connect("app-7")) {
            assertThat(searchPath(app)).as("with assumeMinServerVersion=10").isEqualTo("facade_green");
        }
    }

    @Test
    void searchPathReportsFromTheServerReachTheClientWhenItMoves() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 5_000)) {
            List<WireClient.Message> hello = client.startup(Map.of("user", appRole, "database", db.name(),
                    "application_name", "app-1"));
            boolean reports = hello.stream().anyMatch(m -> m.type() == 'S' && m.text().startsWith("search_path\0"));
            Assumptions.assumeTrue(reports, "this server does not report search_path (before 18)");
            routing().promote("tester", "test", null);
            awaitApplied(3);
            client.query("SELECT 1");
            List<WireClient.Message> replies = client.readUntilReady();
            assertThat(replies.get(0).type()).as("the report comes before the query's own replies").isEqualTo('S');
            assertThat(replies.get(0).text()).isEqualTo("search_path\0facade_green\0");
            assertThat(types(replies)).isEqualTo("TDCZ");
        }
    }

    @Test
    void theInstanceOptionWinsOverApplicationName() throws Exception {
        routing().canary("tester", List.of("app-7"), null, "test", null);
        awaitApplied(3);
        Properties option = new Properties();
        option.setProperty("options", "-c facade.instance=app-7");
        try (Connection app = connect("PostgreSQL JDBC Driver", option)) {
            assertThat(searchPath(app)).isEqualTo("facade_green");
            assertThat(scalar(app, "SHOW facade.instance")).isEqualTo("app-7");
        }
    }

    @Test
    void anonymousConnectionsFollowTheActiveColourNotTheCanary() throws Exception {
        routing().canary("tester", List.of(), 100.0, "test", null);
        awaitApplied(3);
        Properties noName = new Properties();
        noName.setProperty("ApplicationName", "");
        try (Connection named = connect("app-1"); Connection anonymous = connect(null, noName)) {
            assertThat(searchPath(named)).isEqualTo("facade_green");
            assertThat(searchPath(anonymous)).isEqualTo("facade_blue");
        }
    }

    @Test
    void theClientsUnnamedPreparedStatementSurvivesAMove() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 5_000)) {
            client.startup(Map.of("user", appRole, "database", db.name(), "application_name", "app-1"));
            client.parse("", "SELECT current_setting('search_path')");
            client.sync();
            assertThat(types(client.readUntilReady())).isEqualTo("1Z");

            routing().promote("tester", "test", null);
            awaitApplied(3);
            Thread.sleep(100); // the idle connection moves now, between the client's messages

            client.bind("", "");
            client.execute("");
            client.sync();
            List<WireClient.Message> replies = client.readUntilReady();
            assertThat(types(replies)).as("no error: the statement is still there").isEqualTo("2DCZ");
            assertThat(replies.stream().filter(m -> m.type() == 'D').findFirst().orElseThrow().text())
                    .contains("facade_green");
        }
    }

    @Test
    void aPipeliningClientGetsExactlyItsOwnReplies() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 5_000)) {
            client.startup(Map.of("user", appRole, "database", db.name(), "application_name", "app-1"));
            routing().promote("tester", "test", null);
            awaitApplied(3);
            // Three batches in one write, sent before any reply is read.
            for (int i = 0; i < 3; i++) {
                client.parse("", "SELECT current_setting('search_path') || " + i);
                client.bind("", "");
                client.execute("");
                client.sync();
            }
            for (int i = 0; i < 3; i++) {
                List<WireClient.Message> replies = client.readUntilReady();
                assertThat(types(replies)).isEqualTo("12DCZ");
                assertThat(replies.stream().filter(m -> m.type() == 'D').findFirst().orElseThrow().text())
                        .contains("facade_green" + i);
            }
        }
    }

    @Test
    void aDeployIntoAColourThatConnectionsStillUseIsRefusedUntilTheyHaveMoved() throws Exception {
        Path next = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Fixtures.append(next.resolve("010_reference_views.sql"), "\n-- 1.2.0\n");
        try (Connection longRunning = connect("app-1")) {
            longRunning.setAutoCommit(false);
            assertThat(searchPath(longRunning)).isEqualTo("facade_blue");
            routing().promote("tester", "test", null);
            awaitApplied(3);
            reported();

            assertThatThrownBy(() -> deploy(next, "1.2.0"))
                    .isInstanceOf(DeployException.class)
                    .hasMessageContaining("blue still has 1 connection(s) (app-1: 1) through the proxies");

            longRunning.commit();
            assertThat(searchPath(longRunning)).isEqualTo("facade_green");
            reported();
            assertThat(deploy(next, "1.2.0")).isInstanceOf(DeployOutcome.Deployed.class);
        }
    }

    /** Waits for a heartbeat carrying what the proxy sees now. */
    private void reported() throws InterruptedException {
        server.heartbeat().reportSoon();
        Thread.sleep(300);
    }

    @Test
    void theProxysFiguresArePrometheusMetricsPerColourAndInstance() throws Exception {
        try (Connection app = connect("app-1")) {
            scalar(app, "SELECT 1");
            assertThatThrownBy(() -> scalar(app, "SELECT 1/0")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> scalar(app, "SELECT * FROM no_such_view")).isInstanceOf(SQLException.class);
            String metrics = get(server, "/prometheus", null).body();

            String labels = "colour=\"blue\",instance=\"app-1\"";
            assertThat(metrics).contains("facade_proxy_connections{" + labels + "} 1.0")
                    .contains("facade_proxy_errors_total{" + labels + ",sqlstate_class=\"22\"} 1.0")
                    .contains("facade_proxy_errors_total{" + labels + ",sqlstate_class=\"42\"} 1.0")
                    .containsPattern("facade_proxy_statements_total\\{" + labels.replace("\"", "\\\"")
                            + "\\} [3-9]\\.0")
                    .containsPattern("facade_proxy_transactions_total\\{" + labels.replace("\"", "\\\"")
                            + "\\} [1-9]")
                    .contains("facade_proxy_latency_seconds_bucket{" + labels);
        }
    }

    @Test
    void aSuperuserIsRefusedAfterAuthenticationByDefault() {
        Properties admin = new Properties();
        admin.setProperty("user", db.user());
        if (db.password() != null) {
            admin.setProperty("password", db.password());
        }
        assertThatThrownBy(() -> DriverManager.getConnection(proxyUrl(), admin))
                .isInstanceOf(SQLException.class).hasMessageContaining("may not connect through the proxy")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
    }

    @Test
    void aFlipDuringACopyFromStdinWaitsForItsEndAndTheConnectionMovesAfter() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 5_000)) {
            client.startup(Map.of("user", appRole, "database", db.name(), "application_name", "app-1"));
            client.query("CREATE TEMP TABLE copied (x int)");
            client.readUntilReady();
            // As libpq's PQexecParams does it: the Sync goes with the Execute, and is ignored in COPY mode.
            client.parse("", "COPY copied FROM STDIN");
            client.bind("", "");
            client.execute("");
            client.sync();
            assertThat(client.read().type()).isEqualTo('1');
            assertThat(client.read().type()).isEqualTo('2');
            assertThat(client.read().type()).as("CopyInResponse").isEqualTo('G');
            routing().promote("tester", "flip in the middle of the copy", null);
            awaitApplied(3);
            Thread.sleep(100); // the connection is not idle: no move may reach the server in the copy
            client.send(WireClient.message('d', "1\n2\n".getBytes(StandardCharsets.UTF_8)));
            client.send(WireClient.message('c', new byte[0]));
            // The copy is over but the client still owes its Sync: a move sent now would run inside
            // the client's extended-protocol request and swallow the COPY's CommandComplete.
            Thread.sleep(200);
            client.sync();
            List<WireClient.Message> done = client.readUntilReady();
            assertThat(types(done)).isEqualTo("CZ");

            client.query("SELECT current_setting('search_path'), (SELECT count(*) FROM copied)");
            List<WireClient.Message> replies = client.readUntilReady();
            assertThat(replies.stream().filter(m -> m.type() == 'D').findFirst().orElseThrow().text())
                    .contains("facade_green").contains("2");
        }
    }

    @Test
    void cancellingAQueryThroughTheProxyStopsIt() throws Exception {
        try (Connection app = connect("app-1"); Statement sleeping = app.createStatement()) {
            CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
                try {
                    sleeping.execute("SELECT pg_sleep(30)");
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            Thread.sleep(500);
            long start = System.nanoTime();
            sleeping.cancel();
            Throwable failure = outcome.get(10, TimeUnit.SECONDS);
            assertThat(failure).isInstanceOf(SQLException.class);
            assertThat(((SQLException) failure).getSQLState()).isEqualTo("57014");
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
            assertThat(searchPath(app)).as("the connection goes on").isEqualTo("facade_blue");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The types of the replies, leaving out ParameterStatus, which a server may send at any time. */
    private static String types(List<WireClient.Message> messages) {
        StringBuilder types = new StringBuilder();
        messages.stream().filter(m -> m.type() != 'S').forEach(m -> types.append(m.type()));
        return types.toString();
    }
}
