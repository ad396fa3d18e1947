package io.facadeswitch.support;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.app.SwitchContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;

/** Switch replicas serving HTTP on the test's database, and a plain HTTP client to talk to them. */
public abstract class ServerTestBase extends SwitchTestBase {

    public static final String OPERATE_SECRET = "operate-secret-0123456789";
    public static final String READ_SECRET = "read-secret-0123456789abc";

    private final List<AutoCloseable> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Reply(int status, String contentType, String body) {
    }

    @AfterEach
    void stopReplicas() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    /** A replica on its own context (its own pool, listener and HTTP port) over the same database. */
    protected SwitchServer replica(Map<String, Object> extra) {
        return replica(db, extra);
    }

    /** A replica that reaches the test's database at {@code through}'s URL (say, through a {@link TcpForwarder}). */
    protected SwitchServer replica(TestDatabase through, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "facade.proxy.port", 0,
                "facade.api.tokens", "ops:operate:" + OPERATE_SECRET + ",viewer:read:" + READ_SECRET,
                "facade.app-roles", List.of(appRole),
                "facade.owner-role", db.name() + "_owner",
                "facade.routing.poll-interval", "200ms"));
        properties.putAll(extra);
        SwitchContext replicaContext = through.start(properties);
        started.add(replicaContext);
        SwitchServer server = SwitchServer.start(replicaContext);
        started.add(server);
        return server;
    }

    /**
     * An application connection through a replica's proxy, as {@code instance} (its application_name),
     * set up the way docs/proxy.md ("Naming the instance") tells pgjdbc users to.
     */
    protected Connection connectThrough(SwitchServer server, String host, String instance,
                                                 Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", appRole);
        properties.setProperty("password", "secret");
        if (instance != null) {
            properties.setProperty("ApplicationName", instance);
        }
        // pgjdbc sends application_name in the startup packet only when told the server is 9.0 or later.
        properties.setProperty("assumeMinServerVersion", "10");
        properties.putAll(extra);
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + server.proxy().port() + "/"
                + db.name(), properties);
    }

    /** Waits until a replica (and its proxy) applies {@code generation}. */
    protected static void awaitApplied(SwitchServer server, long generation) throws InterruptedException {
        waitFor(() -> server.watcher().current().generation() >= generation, 5_000);
    }

    protected static void waitFor(BooleanSupplier condition, long millis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            Assertions.assertThat(System.currentTimeMillis())
                    .as("condition not met within %d ms", millis).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    protected static String searchPath(Connection connection) throws SQLException {
        return scalar(connection, "SHOW search_path");
    }

    protected static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    protected Reply get(SwitchServer server, String path, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        return send(request.build());
    }

    protected Reply post(SwitchServer server, String path, String secret, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        return send(request.build());
    }

    private Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                response.body());
    }
}
