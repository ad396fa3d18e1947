package io.facadeswitch.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.control.AuditEntry;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiTest extends ServerTestBase {

    private SwitchServer server;

    @BeforeEach
    void serve() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        server = replica(Map.of());
    }

    @Test
    void requestsWithoutATokenGet401AsAProblemDocument() throws Exception {
        Reply read = get(server, "/api/status", null);
        Reply change = post(server, "/api/promote", null, "{}");
        Reply wrong = get(server, "/api/status", "not-a-token-at-all-0000");

        assertThat(read.status()).isEqualTo(401);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.body()).contains("\"status\":401").contains("API_UNAUTHENTICATED");
        assertThat(change.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(routing().snapshot().active()).isEqualTo("blue");
    }

    @Test
    void aReadOnlyTokenReadsButGets403OnEveryChange() throws Exception {
        assertThat(get(server, "/api/status", READ_SECRET).status()).isEqualTo(200);
        for (String change : List.of("/api/promote", "/api/rollback", "/api/abort", "/api/canary")) {
            Reply reply = post(server, change, READ_SECRET, "{\"percent\": 5}");
            assertThat(reply.status()).as(change).isEqualTo(403);
            assertThat(reply.body()).contains("API_FORBIDDEN");
        }
        assertThat(routing().snapshot().generation()).isEqualTo(2);
    }

    @Test
    void everyOperationWritesExactlyOneAuditEntryWithTheTokensName() throws Exception {
        int before = audit().all().size();

        assertThat(post(server, "/api/canary", OPERATE_SECRET,
                "{\"instances\": [\"app-7\"], \"percent\": 10.0, \"reason\": \"first look\"}").status()).isEqualTo(200);
        assertThat(post(server, "/api/abort", OPERATE_SECRET, "{\"reason\": \"changed my mind\"}").status())
                .isEqualTo(200);
        assertThat(post(server, "/api/promote", OPERATE_SECRET, "{}").status()).isEqualTo(200);
        assertThat(post(server, "/api/rollback", OPERATE_SECRET, null).status()).isEqualTo(200);

        List<AuditEntry> added = audit().all().subList(before, before + 4);
        assertThat(audit().all()).hasSize(before + 4);
        assertThat(added).extracting(AuditEntry::action).containsExactly("canary", "abort", "promote", "rollback");
        assertThat(added).extracting(AuditEntry::actor).containsOnly("ops");
        assertThat(added.get(0).reason()).isEqualTo("first look");
    }

    @Test
    void aRefusalIs409WithTheCurrentRoutingAndAStaleGenerationToo() throws Exception {
        Reply refused = post(server, "/api/rollback", OPERATE_SECRET, "{}");
        Reply stale = post(server, "/api/promote", OPERATE_SECRET, "{\"expectedGeneration\": 1}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("ROUTING_NOTHING_TO_ROLL_BACK").contains("\"current\":{\"generation\":2");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("ROUTING_STALE_GENERATION");
    }

    @Test
    void badInputIs400() throws Exception {
        assertThat(post(server, "/api/canary", OPERATE_SECRET, "{\"percent\": 250}").status()).isEqualTo(400);
        Reply malformed = post(server, "/api/canary", OPERATE_SECRET, "{\"percent\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void routeReleasesAndAuditAreReadable() throws Exception {
        post(server, "/api/canary", OPERATE_SECRET, "{\"instances\": [\"app-7\"]}");

        Reply route = get(server, "/api/route/app-7", READ_SECRET);
        Reply releases = get(server, "/api/releases", READ_SECRET);
        Reply audit = get(server, "/api/audit?limit=2", READ_SECRET);

        @SuppressWarnings("unchecked")
        Map<String, Object> decision = ObjectMapper.getDefault().readValue(route.body(), Map.class);
        assertThat(decision).containsEntry("colour", "green").containsEntry("reason", "pinned");
        assertThat(releases.body()).contains("\"name\":\"1.0.0\"").contains("\"name\":\"1.1.0\"");
        assertThat(audit.body().split("\"action\":", -1)).hasSize(3);
        assertThat(audit.body()).contains("\"action\":\"canary\"");
    }

    @Test
    void auditEntriesCarryTheStateBeforeAndAfterAsObjectsNotAsText() throws Exception {
        post(server, "/api/canary", OPERATE_SECRET, "{\"instances\": [\"app-8\"]}");

        Reply audit = get(server, "/api/audit?limit=1", READ_SECRET);

        @SuppressWarnings("rawtypes")
        List<Map> entries = ObjectMapper.getDefault().readValue(audit.body(), Argument.listOf(Map.class));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).containsEntry("action", "canary");
        assertThat(entries.get(0).get("before")).isInstanceOf(Map.class);
        assertThat(entries.get(0).get("after")).isInstanceOf(Map.class);
        assertThat(audit.body()).doesNotContain("\"after\":\"");
    }

    @Test
    void healthMetricsAndTheOpenApiDocumentAreServed() throws Exception {
        post(server, "/api/promote", OPERATE_SECRET, "{}");

        Reply health = get(server, "/health", null);
        Reply metrics = get(server, "/prometheus", null);
        Reply openapi = get(server, "/openapi/facade-switch-0.1.0.yml", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(metrics.body()).contains("facade_switch_operations_total{kind=\"promote\",outcome=\"done\"} 1.0")
                .contains("facade_switch_active{colour=\"green\"} 1.0");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/canary").contains("/api/route/{instance}");
    }

    @Test
    void statusIsTheDocumentOfTheDesignWithTheReplicas() throws Exception {
        Reply status = get(server, "/api/status", READ_SECRET);

        @SuppressWarnings("unchecked")
        Map<String, Object> document = ObjectMapper.getDefault().readValue(status.body(), Map.class);
        assertThat(document).containsEntry("active", "blue").containsEntry("canary", null)
                .containsKeys("generation", "colours", "replicas");
        assertThat(status.body()).contains("\"id\":\"" + server.heartbeat().replicaId() + "\"");
    }

    @Test
    void openReadsLetGetsInWithoutATokenButNeverChanges() throws Exception {
        SwitchServer open = replica(Map.of("facade.api.open-reads", true));

        assertThat(get(open, "/api/status", null).status()).isEqualTo(200);
        assertThat(post(open, "/api/promote", null, "{}").status()).isEqualTo(401);
        assertThat(get(server, "/api/status", null).status()).isEqualTo(401);
    }
}
