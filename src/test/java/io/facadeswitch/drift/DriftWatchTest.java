package io.facadeswitch.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** serve's watch: the gauge per layer, the webhook when drift appears, the status flag, and the API. */
class DriftWatchTest extends ServerTestBase {

    private final List<String> hooks = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void theWatchFindsAHotFixWithinAnIntervalAndTheApiDiscardsIt() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            hooks.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        SwitchServer server = replica(Map.of("facade.drift.interval", "200ms",
                "facade.webhooks.ops.url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "facade.webhooks.ops.events", "drift-detected"));
        waitFor(() -> metric(server, "core").equals("0.0"), 10_000);
        assertThat(get(server, "/api/drift", READ_SECRET).body()).startsWith("{\"drifted\":false");

        db.execute("CREATE INDEX customer_created ON core.customer (created_at)");

        waitFor(() -> metric(server, "core").equals("1.0"), 10_000);
        assertThat(metric(server, "colour")).isEqualTo("0.0");
        waitFor(() -> !hooks.isEmpty(), 10_000);
        assertThat(hooks.get(0)).contains("\"event\":\"drift-detected\"").contains("\"colour\":\"\"")
                .contains("\"actor\":\"" + db.user() + "\"").contains("index customer_created added");
        Thread.sleep(600); // three more checks: the same difference is not sent again
        assertThat(hooks).hasSize(1);
        assertThat(get(server, "/api/status", READ_SECRET).body()).contains("\"drift\":{\"drifted\":true,\"objects\":1,");

        assertThat(post(server, "/api/drift/discard", READ_SECRET, "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(post(server, "/api/drift/discard", OPERATE_SECRET, "{\"reason\": \" \"}").status()).isEqualTo(400);
        assertThat(post(server, "/api/drift/discard", OPERATE_SECRET, "{\"reason\": \"x\", \"layer\": \"cores\"}")
                .body()).contains("layer must be core, colour or reference");
        Reply discarded = post(server, "/api/drift/discard", OPERATE_SECRET, "{\"reason\": \"kept for the report\"}");
        assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);
        assertThat(discarded.body()).contains("\"identity\":\"customer_created\"");
        waitFor(() -> metric(server, "core").equals("0.0"), 10_000);
        assertThat(audit().newest(1).get(0).actor()).isEqualTo("ops");
    }

    private String metric(SwitchServer server, String layer) {
        try {
            String prometheus = get(server, "/prometheus", null).body();
            String prefix = "facade_switch_drift_objects{layer=\"" + layer + "\"} ";
            return prometheus.lines().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                    .findFirst().orElse("");
        } catch (Exception e) {
            return e.toString();
        }
    }
}
