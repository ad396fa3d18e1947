package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rollout commands on the database, as a pipeline runs them. */
class RolloutCommandsTest {

    private TestDatabase db;
    private String appRole;

    @BeforeEach
    void twoReleases() throws Exception {
        db = TestPostgres.newDatabase();
        System.setProperty("facade.owner-role", db.name() + "_owner");
        appRole = db.createAppRole("app");
        assertThat(run("migrate-core", "--core-schema", Fixtures.CORE.toString()).status()).isZero();
        assertThat(run("deploy", "--release", "1.0.0", "--facade-schema", Fixtures.FACADE_1_0_0.toString())
                .status()).isZero();
        assertThat(run("deploy", "--release", "1.1.0", "--facade-schema", Fixtures.FACADE_1_1_0.toString())
                .status()).isZero();
    }

    @AfterEach
    void forgetOwnerRole() {
        System.clearProperty("facade.owner-role");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", db.url(), "--db-user", db.user(), "--actor", "alice"));
        if (args[0].equals("deploy")) {
            all.addAll(List.of("--app-role", appRole));
        }
        return CliRun.of(all);
    }

    @Test
    void aRolloutStartsFromAPlanFileAndIsSteeredToItsEnd(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, """
                {"name": "two-steps", "hold": "1h", "steps": [{"percent": 10}, {"percent": 40, "hold": "30m"}],
                 "approval": {"beforePromote": true}}""");
        CliRun started = run("rollout", "start", "--plan-file", plan.toString(), "--instances", "app-1",
                "--reason", "ship 1.1.0");
        assertThat(started.status()).as(started.err()).isZero();
        assertThat(started.out()).contains("rollout 1 of 1.1.0 to green (plan two-steps, started by alice)")
                .contains("running at step 1 of 3 (instances app-1)")
                .contains("instances app-1 for 1h, then 10% of instances for 1h, then 40% of instances for 30m");

        CliRun route = run("route", "explain", "app-1");
        assertThat(route.out()).contains("green");

        assertThat(run("rollout", "pause", "--reason", "lunch").out()).contains("paused at step 1 of 3");
        assertThat(run("rollout", "resume").out()).contains("running at step 1 of 3");
        assertThat(run("rollout", "promote").out()).contains("running at step 2 of 3 (10% of instances)");
        assertThat(run("rollout", "promote", "--full").out()).contains("awaiting approval to promote");

        CliRun noReason = run("rollout", "abort");
        assertThat(noReason.status()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");

        CliRun aborted = run("rollout", "abort", "--reason", "wrong day");
        assertThat(aborted.status()).isZero();
        assertThat(aborted.out()).contains("aborted");
        CliRun watched = run("rollout", "status", "--watch", "100ms");
        assertThat(watched.status()).as("--watch ends with 1 when the rollout was not promoted").isEqualTo(1);

        CliRun json = run("rollout", "status", "--json");
        assertThat(json.out()).contains("\"state\":\"aborted\"").contains("\"initiator\":\"alice\"");
        CliRun status = run("status");
        assertThat(status.out()).doesNotContain("canary of");
    }

    @Test
    void aBrokenPlanFileIsRefusedAndNothingStarts(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"name\": \"x\", \"hold\": \"soon\", \"steps\": [{\"percent\": 10}]}");
        CliRun refused = run("rollout", "start", "--plan-file", plan.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("hold").contains("'soon' is not a duration").contains("ROLLOUT_BAD_PLAN");

        Files.writeString(plan, "{ not json");
        CliRun garbled = run("rollout", "start", "--plan-file", plan.toString());
        assertThat(garbled.status()).isEqualTo(1);
        assertThat(garbled.err()).contains("cannot read the plan file");

        CliRun none = run("rollout", "status");
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err()).contains("there has been no rollout yet");
    }

    @Test
    void anUnknownPlanNameListsTheNamedPlans() {
        CliRun refused = run("rollout", "start", "--plan", "yolo");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("no plan named 'yolo'").contains("quick, standard, careful");
    }
}
