package io.facadeswitch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServedJar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command as a newcomer runs it: the packaged jar, `serve` with no database,
 * then an application connection through the proxy, the API with the printed token, then Ctrl-C (SIGTERM), then a restart that keeps state.
 */
class ServeIT {

    @TempDir
    Path workspace;

    @Test
    void serveOnTheEmbeddedDefaultDeploysTheExampleAnswersWithTheTokenAndStopsCleanly() throws Exception {
        Files.move(Fixtures.copy(Fixtures.CORE), workspace.resolve("core-schema"));
        Files.move(Fixtures.copy(Fixtures.FACADE_1_0_0), workspace.resolve("facade-schema"));
        int port = ServedJar.freePort();

        ServedJar first = ServedJar.start(workspace, port);
        String searchPath;
        Properties app = new Properties();
        app.setProperty("user", "facade_app");
        app.setProperty("password", "facade_app");
        app.setProperty("ApplicationName", "app-7");
        app.setProperty("assumeMinServerVersion", "10");
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + first.proxyPort()
                + "/postgres", app); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('search_path'), count(*) FROM products")) {
            row.next();
            searchPath = row.getString(1);
        }
        HttpResponse<String> status = get(port, "/api/status", first.token());
        HttpResponse<String> promote = post(port, "/api/promote", first.token());
        HttpResponse<String> anonymous = post(port, "/api/promote", null);
        first.stop();

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"active\":\"blue\"").contains("\"release\":\"1.0.0\"");
        assertThat(searchPath).as("the demo application role, through the proxy").isEqualTo("facade_blue");
        assertThat(promote.statusCode()).isEqualTo(409);
        assertThat(promote.body()).contains("green holds no release");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(workspace.resolve(".facade-switch/postgres/postmaster.pid")).doesNotExist();

        ServedJar again = ServedJar.start(workspace, port);
        HttpResponse<String> restarted = get(port, "/api/releases", again.token());
        again.stop();

        assertThat(restarted.body().split("\"name\":", -1)).as("one release, not redeployed").hasSize(2);
    }

    @Test
    void sigtermLetsATransactionInFlightFinishRefusesNewConnectionsAndExitsZero() throws Exception {
        Files.move(Fixtures.copy(Fixtures.CORE), workspace.resolve("core-schema"));
        Files.move(Fixtures.copy(Fixtures.FACADE_1_0_0), workspace.resolve("facade-schema"));
        ServedJar served = ServedJar.start(workspace, ServedJar.freePort());
        String url = "jdbc:postgresql://localhost:" + served.proxyPort() + "/postgres";
        Properties app = new Properties();
        app.setProperty("user", "facade_app");
        app.setProperty("password", "facade_app");
        app.setProperty("ApplicationName", "app-7");
        try (Connection inFlight = DriverManager.getConnection(url, app); Statement statement = inFlight.createStatement()) {
            inFlight.setAutoCommit(false);
            statement.executeQuery("SELECT count(*) FROM products").close();
            served.terminate();
            Thread.sleep(1_000); // the proxy has stopped listening and waits for this transaction

            assertThatThrownBy(() -> DriverManager.getConnection(url, app)).as("no new connection while draining")
                    .isInstanceOf(SQLException.class);
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM products")) {
                assertThat(row.next()).as("the transaction in flight still runs").isTrue();
            }
            inFlight.commit();
            served.awaitStopped();
            assertThatThrownBy(() -> statement.executeQuery("SELECT 1")).as("closed once between transactions")
                    .isInstanceOf(SQLException.class);
        }

        assertThat(served.lines()).as("what serve printed").anySatisfy(line -> assertThat(line)
                .startsWith("facade-switch stopped: 1 proxy connection(s) closed"
                        + " between transactions, 0 cut at the 10s drain limit, in "));
    }

    @Test
    void theJarCarriesTheEmbeddedPostgresForLinuxAndMacOnBothProcessors() throws Exception {
        try (ZipFile jar = new ZipFile(ServedJar.JAR.toFile())) {
            for (String binaries : List.of("postgres-linux-x86_64.txz", "postgres-linux-arm_64.txz",
                    "postgres-darwin-x86_64.txz", "postgres-darwin-arm_64.txz")) {
                assertThat(jar.getEntry(binaries)).as(binaries).isNotNull();
            }
        }
    }

    private static HttpResponse<String> get(int port, String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), token);
    }

    private static HttpResponse<String> post(int port, String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()), token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
