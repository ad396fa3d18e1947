package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A deploy leaves the colour it replaced to a live serve replica, which drops it in the background;
 * deploys and migrations drop what is still retired before they start.
 */
class RetiredColourCleanupTest extends ServerTestBase {

    @BeforeEach
    void twoReleasesDeployed() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0"); // blue
        deploy(Fixtures.FACADE_1_1_0, "1.1.0"); // green, nothing replaced yet
        assertThat(retiredSchemas()).isEmpty();
    }

    @Test
    void withoutALiveReplicaTheDeployDropsTheColourItReplacedBeforeReturning() throws Exception {
        assertThat(deploy(variant("c"), "c")).isInstanceOf(DeployOutcome.Deployed.class);

        assertThat(retiredSchemas()).isEmpty();
    }

    @Test
    void aLiveReplicaIsLeftTheDropAndTheNextDeployAndMigrationDropWhatItHasNotDropped() throws Exception {
        // A replica that is live but has not swept yet (an older version, or a busy one).
        db.execute("INSERT INTO facade_switch.replicas (id, host, started_at, heartbeat_at, generation, applied_at,"
                + " listening) VALUES ('slow', 'elsewhere', now(), now() + interval '1 hour', 0, now(), true)");

        deploy(variant("c"), "c"); // replaces green's 1.1.0
        List<String> first = retiredSchemas();
        assertThat(first).as("left to the replica").hasSize(1).allMatch(s -> s.startsWith("facade_green_retired_"));

        deploy(variant("d"), "d"); // drops c's leftover before building, then replaces c
        List<String> second = retiredSchemas();
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);

        migrator().migrate(Fixtures.CORE, "tester");
        assertThat(retiredSchemas()).as("a migration starts without a retired colour").isEmpty();
        assertThat(db.value("SELECT count(*) FROM pg_class WHERE relnamespace = 'facade_green'::regnamespace"))
                .as("the colour itself untouched").isNotEqualTo("0");
    }

    @Test
    void aLiveReplicaDropsTheColourADeployReplacedSoonAfter() throws Exception {
        replica(Map.of());

        assertThat(deploy(variant("c"), "c")).isInstanceOf(DeployOutcome.Deployed.class);

        waitFor(() -> retiredSchemas().isEmpty(), 15_000);
        assertThat(db.value("SELECT count(*) FROM pg_class WHERE relnamespace = 'facade_green'::regnamespace"))
                .isNotEqualTo("0");
    }

    /** The 1.1.0 release with one more comment line: other sources, so another release. */
    private static Path variant(String name) throws IOException {
        Path folder = Fixtures.copy(Fixtures.FACADE_1_1_0);
        try (var files = Files.list(folder)) {
            Path first = files.filter(f -> f.toString().endsWith(".sql")).sorted().findFirst().orElseThrow();
            Files.writeString(first, "\n-- variant " + name + "\n", StandardOpenOption.APPEND);
        }
        return folder;
    }

    private List<String> retiredSchemas() {
        try {
            return db.column("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'facade\\_%\\_retired\\_%' ORDER BY 1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
