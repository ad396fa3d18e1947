package io.facadeswitch.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServedJar;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stages of {@code examples/pipelines/release.sh}, which the GitHub Actions and GitLab CI
 * examples call, run as a pipeline runs them (bash, the packaged jar, the variables the example
 * {@code facade-switch.yaml} names) against three local databases: release 1.0.0 and then 1.1.0
 * from test through staging (a DBA's approval) to prod (a rollout that a prod switch drives,
 * with application traffic through its proxy).
 *
 * <p>The example file is used as it is, except that its windows are opened to the whole day and
 * its freeze is left out, so that the test passes at any hour and on any date.
 */
class PipelineExamplesIT {

    private static final Path EXAMPLES = Path.of("examples", "pipelines").toAbsolutePath();
    private static final String APP_ROLE = "shop_app";
    private static final String APP_PASSWORD = "shop-app-secret";

    @TempDir
    Path workspace;

    private final Map<String, String> variables = new HashMap<>();

    @Test
    void theExampleStagesCarryTwoReleasesFromTestThroughStagingToProd() throws Exception {
        TestDatabase test = TestPostgres.newDatabase();
        TestDatabase staging = TestPostgres.newDatabase();
        TestDatabase prod = TestPostgres.newDatabase();
        test.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN"
                + " CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD '" + APP_PASSWORD + "'; END IF; END $$");
        Files.move(Fixtures.copy(Fixtures.CORE), workspace.resolve("core-schema"));
        Files.move(Fixtures.copy(Fixtures.FACADE_1_0_0), workspace.resolve("facade-schema"));
        Files.createDirectories(workspace.resolve("target"));
        Files.createSymbolicLink(workspace.resolve("target/facade-switch.jar"), ServedJar.JAR);
        Path config = workspace.resolve("facade-switch.yaml");
        Files.writeString(config, Files.readString(EXAMPLES.resolve("facade-switch.yaml"))
                .replaceAll("windows: \\[[^]]*]", "windows: [\"daily 00:00-24:00 UTC\"]")
                .replaceAll("(?m)^\\s+freezes:\\n\\s+- \\{[^}]*}\\n", ""));
        for (var entry : Map.of("TEST", test, "STAGING", staging, "PROD", prod).entrySet()) {
            variables.put(entry.getKey() + "_DB_URL", entry.getValue().url());
            variables.put(entry.getKey() + "_DB_USER", entry.getValue().user());
            variables.put(entry.getKey() + "_DB_PASSWORD", entry.getValue().password() == null ? "trusted"
                    : entry.getValue().password());
        }
        variables.put("FACADE", ServedJar.javaBin() + " -jar " + ServedJar.JAR);
        variables.put("FACADE_CONFIG", config.toString());
        variables.put("FACADE_ACTOR", "ci");
        variables.put("APPROVAL_WAIT", "60");
        variables.put("APPROVAL_POLL", "1");

        release("1.0.0");
        assertThat(activeRelease(test)).isEqualTo("1.0.0");
        assertThat(activeRelease(staging)).isEqualTo("1.0.0");
        assertThat(activeRelease(prod)).as("the first release of prod is active at once").isEqualTo("1.0.0");

        Fixtures.deleteTree(workspace.resolve("facade-schema"));
        Files.move(Fixtures.copy(Fixtures.FACADE_1_1_0), workspace.resolve("facade-schema"));
        Path plan = workspace.resolve("rollout-plan.json");
        Files.writeString(plan, """
                {"name": "pipeline-test", "steps": [{"instances": ["app-1"]}], "hold": "3s",
                 "analysisInterval": "1s", "minStatements": 5, "failureLimit": 20}""");
        variables.put("ROLLOUT_PLAN_FILE", plan.toString());
        ServedJar prodSwitch = ServedJar.startOn(workspace, List.of("--env", "prod", "--config", config.toString()),
                withApiToken());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong queries = new AtomicLong();
        List<Thread> fleet = fleet(prodSwitch.proxyPort(), prod, running, queries);
        try {
            String prodOutput = release("1.1.0");
            assertThat(prodOutput).contains("promoted");
        } finally {
            running.set(false);
            for (Thread instance : fleet) {
                instance.join(10_000);
            }
            prodSwitch.stop();
        }

        assertThat(activeRelease(test)).isEqualTo("1.1.0");
        assertThat(activeRelease(staging)).isEqualTo("1.1.0");
        assertThat(activeRelease(prod)).isEqualTo("1.1.0");
        assertThat(queries.get()).as("the application kept working through the rollout").isPositive();
        assertThat(staging.column("SELECT actor || ' ' || action FROM facade_switch.audit_log"
                + " WHERE action LIKE 'approval-%' ORDER BY id"))
                .containsExactly("ci approval-request", "dba-alice approval-grant", "ci approval-request",
                        "dba-alice approval-grant");
        assertThat(prod.value("SELECT count(*) FROM facade_switch.audit_log WHERE action = 'gate'"
                + " AND after->>'decision' = 'allowed'")).as("migrate-core and deploy twice, one rollout start")
                .isEqualTo("5");
    }

    /** One release through every stage, the DBA granting staging's request in between; prod's output. */
    private String release(String name) throws Exception {
        variables.put("RELEASE", name);
        stage("build");
        stage("test");
        stage("staging-request");
        String requests = facade("approval", "list", "--env", "staging", "--json");
        Matcher open = Pattern.compile("\"id\":(\\d+)").matcher(requests);
        assertThat(open.find()).as(requests).isTrue();
        facade("approval", "grant", open.group(1), "--env", "staging", "--actor", "dba-alice");
        stage("staging");
        return stage("prod");
    }

    private String stage(String stage) throws Exception {
        return bash(EXAMPLES.resolve("release.sh") + " " + stage);
    }

    private String facade(String... args) throws Exception {
        List<String> words = new ArrayList<>(List.of("\"$FACADE_JAVA\" -jar \"$FACADE_JAR\""));
        for (String arg : args) {
            words.add("'" + arg + "'");
        }
        words.add("--config \"$FACADE_CONFIG\"");
        return bash(String.join(" ", words));
    }

    private String bash(String command) throws Exception {
        Path output = Files.createTempFile(workspace, "stage", ".out");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -eo pipefail; " + command)
                .directory(workspace.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FACADE_"));
        builder.environment().putAll(variables);
        builder.environment().put("FACADE_JAVA", ServedJar.javaBin());
        builder.environment().put("FACADE_JAR", ServedJar.JAR.toString());
        Process process = builder.start();
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("%s ended within 180 s; it printed:%n%s", command, text).isTrue();
        assertThat(process.exitValue()).as("%s printed:%n%s", command, text).isZero();
        return text;
    }

    private Map<String, String> withApiToken() {
        Map<String, String> environment = new HashMap<>(variables);
        environment.put("FACADE_API_TOKENS", "ci:operate:" + "p".repeat(32));
        return environment;
    }

    /** Four application instances querying through the prod switch's proxy until told to stop. */
    private static List<Thread> fleet(int proxyPort, TestDatabase prod, AtomicBoolean running, AtomicLong queries) {
        List<Thread> fleet = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String instance = "app-" + i;
            Thread thread = new Thread(() -> {
                Properties login = new Properties();
                login.setProperty("user", APP_ROLE);
                login.setProperty("password", APP_PASSWORD);
                login.setProperty("ApplicationName", instance);
                // pgjdbc sends application_name at startup only when told the server is 9.0 or later.
                login.setProperty("assumeMinServerVersion", "10");
                String url = "jdbc:postgresql://localhost:" + proxyPort + "/" + prod.name();
                while (running.get()) {
                    try (Connection connection = DriverManager.getConnection(url, login);
                         Statement statement = connection.createStatement()) {
                        while (running.get()) {
                            statement.executeQuery("SELECT count(*) FROM order_summaries").close();
                            queries.incrementAndGet();
                            Thread.sleep(20);
                        }
                    } catch (Exception e) {
                        sleepQuietly();
                    }
                }
            }, instance);
            thread.setDaemon(true);
            thread.start();
            fleet.add(thread);
        }
        return fleet;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String activeRelease(TestDatabase db) throws Exception {
        return db.value("SELECT r.name FROM facade_switch.colours c JOIN facade_switch.releases r"
                + " ON r.id = c.release_id WHERE c.state = 'active'");
    }
}
