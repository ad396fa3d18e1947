package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentDeployTest extends SwitchTestBase {

    @Test
    void twoDeploysOfTheSameReleaseStartedTogetherBuildItOnce() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        List<Object> outcomes = race(() -> deploy(Fixtures.FACADE_1_1_0, "1.1.0"),
                () -> deploy(Fixtures.FACADE_1_1_0, "1.1.0"));

        assertThat(outcomes).hasOnlyElementsOfTypes(DeployOutcome.Deployed.class, DeployOutcome.Unchanged.class);
        assertThat(outcomes).filteredOn(o -> o instanceof DeployOutcome.Deployed).hasSize(1);
        assertThat(db.value("SELECT count(*) FROM facade_switch.releases WHERE name = '1.1.0'")).isEqualTo("1");
    }

    @Test
    void twoDifferentReleasesStartedTogetherNeverMixInOneColour() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        Path other = Fixtures.copy(Fixtures.FACADE_1_1_0);
        Fixtures.append(other.resolve("020_order_views.sql"),
                "\nCREATE VIEW only_in_other AS SELECT 1 AS marker;\n");

        List<Object> outcomes = race(() -> deploy(Fixtures.FACADE_1_1_0, "1.1.0"), () -> deploy(other, "1.1.0-b"));

        assertThat(outcomes).allMatch(o -> o instanceof DeployOutcome.Deployed);
        // Both ran, one after the other; green holds exactly the one recorded last, object for object.
        String holder = db.value("SELECT r.name FROM facade_switch.colours c JOIN facade_switch.releases r"
                + " ON r.id = c.release_id WHERE c.colour = 'green'");
        List<String> recorded = db.column("SELECT o.kind || ' ' || o.identity || ' ' || o.definition_hash"
                + " FROM facade_switch.release_objects o JOIN facade_switch.releases r ON r.id = o.release_id"
                + " WHERE r.name = '" + holder + "' ORDER BY 1");
        List<String> live = catalog(Colour.GREEN).stream()
                .map(o -> o.key() + " " + o.definitionHash()).sorted().toList();
        assertThat(live).isEqualTo(recorded);
        assertThat(live.stream().anyMatch(k -> k.startsWith("view only_in_other")))
                .isEqualTo(holder.equals("1.1.0-b"));
    }

    private static List<Object> race(Callable<?>... deploys) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(deploys.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> deploy : deploys) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return deploy.call();
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<?> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
