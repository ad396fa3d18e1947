package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** releases and audit, on the database and through a running switch, as text and as the API's JSON. */
class HistoryCommandsTest extends ServerTestBase {

    private SwitchServer server;

    @BeforeEach
    void twoReleases() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        server = replica(Map.of());
    }

    @Test
    void releasesListsEachReleaseOldestFirstLocallyAndRemotely() {
        CliRun local = local("releases");
        CliRun remote = remote("releases");
        CliRun json = remote("releases", "--json");

        assertThat(local.status()).as(local.err()).isZero();
        List<String> lines = local.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("  id  release").contains("checksum").contains("deployed (UTC)");
        assertThat(lines.get(1)).containsPattern("^\\s+\\d+  1\\.0\\.0\\s+[0-9a-f]{12}  blue ");
        assertThat(lines.get(2)).containsPattern("^\\s+\\d+  1\\.1\\.0\\s+[0-9a-f]{12}  green ");
        assertThat(remote.out()).as("the same through the API").isEqualTo(local.out());
        assertThat(json.out()).startsWith("[{").contains("\"name\":\"1.0.0\"").contains("\"name\":\"1.1.0\"");
    }

    @Test
    void auditShowsTheNewestEntriesAndItsJsonCarriesTheStatesAsObjects() {
        CliRun two = local("audit", "--limit", "2");
        CliRun remote = remote("audit", "--limit", "2");
        CliRun json = local("audit", "--limit", "1", "--json");
        CliRun wrong = local("audit", "--limit", "0");

        assertThat(two.status()).as(two.err()).isZero();
        assertThat(two.out().lines()).hasSize(2).last().asString().contains(" deploy ").contains("release 1.1.0");
        assertThat(remote.out()).isEqualTo(two.out());
        assertThat(json.out()).startsWith("[{").contains("\"action\":\"deploy\"").contains("\"after\":{");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("--limit must be 1 to 1000, not 0");
    }

    private CliRun local(String... args) {
        return CliRun.onDatabase(db, args);
    }

    private CliRun remote(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", server.url(), "--token", READ_SECRET));
        return CliRun.of(all);
    }
}
