package io.facadeswitch.support;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.db.SwitchContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "facade.api.tokens", "ops:operate:" + OPERATE_SECRET + ",viewer:read:" + READ_SECRET,
                "facade.app-roles", List.of(appRole),
                "facade.owner-role", db.name() + "_owner",
                "facade.routing.poll-interval", "200ms"));
        properties.putAll(extra);
        SwitchContext replicaContext = db.start(properties);
        started.add(replicaContext);
        SwitchServer server = SwitchServer.start(replicaContext);
        started.add(server);
        return server;
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
