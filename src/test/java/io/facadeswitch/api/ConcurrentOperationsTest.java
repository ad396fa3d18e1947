package io.facadeswitch.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.control.AuditEntry;
import io.facadeswitch.routing.RoutingSnapshot;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ConcurrentOperationsTest extends ServerTestBase {

    private static final Set<String> ROUTING_ACTIONS = Set.of("canary", "abort", "promote", "rollback");

    @Test
    void fiftyConcurrentOperationsLeaveAGenerationThatCountsTheSuccessfulOnesAndAgreesWithTheAudit()
            throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        SwitchServer a = replica(Map.of());
        SwitchServer b = replica(Map.of());
        long generationBefore = routing().snapshot().generation();
        int auditBefore = audit().all().size();
        String[][] calls = {{"/api/promote", "{}"}, {"/api/rollback", "{}"}, {"/api/canary", "{\"percent\": 20}"},
                {"/api/abort", "{}"}};

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String[] call = calls[i % calls.length];
            SwitchServer target = i % 2 == 0 ? a : b;
            replies.add(pool.submit(() -> {
                go.await();
                return post(target, call[0], OPERATE_SECRET, call[1]);
            }));
        }
        go.countDown();
        int succeeded = 0;
        for (Future<Reply> reply : replies) {
            int status = reply.get().status();
            assertThat(status).as(reply.get().body()).isIn(200, 409);
            succeeded += status == 200 ? 1 : 0;
        }
        pool.shutdown();

        RoutingSnapshot after = routing().snapshot();
        List<AuditEntry> routingEntries = audit().all().subList(auditBefore, audit().all().size()).stream()
                .filter(e -> ROUTING_ACTIONS.contains(e.action())).toList();
        assertThat(succeeded).isPositive();
        assertThat(after.generation()).isEqualTo(generationBefore + succeeded);
        assertThat(routingEntries).hasSize(succeeded);
        assertThat(routingEntries).extracting(AuditEntry::generation)
                .containsExactlyElementsOf(LongStream.rangeClosed(generationBefore + 1,
                        generationBefore + succeeded).boxed().toList());
        assertThat(routingEntries.get(routingEntries.size() - 1).after()).contains("\"generation\": "
                + after.generation());
    }
}
