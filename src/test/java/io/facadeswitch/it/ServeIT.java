package io.facadeswitch.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command as a newcomer runs it: the packaged jar, `serve` with no database,
 * then an application connection through the proxy, the API with the printed token, then Ctrl-C (SIGTERM), then a restart that keeps state.
 */
class ServeIT {

    private static final Path JAR = Path.of("target", "facade-switch.jar").toAbsolutePath();

    @TempDir
    Path workspace;

    @Test
    void serveOnTheEmbeddedDefaultDeploysTheExampleAnswersWithTheTokenAndStopsCleanly() throws Exception {
        Files.move(Fixtures.copy(Fixtures.CORE), workspace.resolve("core-schema"));
        Files.move(Fixtures.copy(Fixtures.FACADE_1_0_0), workspace.resolve("facade-schema"));
        int port = freePort();

        Served first = serve(port);
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

        Served again = serve(port);
        HttpResponse<String> restarted = get(port, "/api/releases", again.token());
        again.stop();

        assertThat(restarted.body().split("\"name\":", -1)).as("one release, not redeployed").hasSize(2);
    }

    private record Served(Process process, String token, int proxyPort) {
        void stop() throws Exception {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        }
    }

    private Served serve(int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", JAR.toString(), "serve", "--proxy-port", "0", "--http-port",
                String.valueOf(port)).directory(workspace.toFile()).redirectError(workspace.resolve("serve.err").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FACADE_"));
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int[] proxyPort = {-1};
        String token = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("PostgreSQL proxy on port ")) {
                        proxyPort[0] = Integer.parseInt(line.substring("PostgreSQL proxy on port ".length(),
                                line.indexOf(',')));
                    }
                    if (line.trim().startsWith("export TOKEN=")) {
                        return line.trim().substring("export TOKEN=".length());
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        }).get(120, TimeUnit.SECONDS);
        assertThat(token).as("serve printed a token; stderr: %s", Files.readString(workspace.resolve("serve.err")))
                .isNotBlank();
        CompletableFuture.runAsync(() -> out.lines().forEach(line -> { }));
        assertThat(proxyPort[0]).as("serve printed its proxy port").isPositive();
        return new Served(process, token, proxyPort[0]);
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

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
