package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import io.micronaut.serde.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line as pipelines use it: exit status, stdout, stderr. Runs in order on one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineTest {

    private TestDatabase db;
    private String appRole;

    record Result(int status, String out, String err) {
    }

    @BeforeAll
    void createDatabase() throws Exception {
        db = TestPostgres.newDatabase();
        // Roles are cluster-wide: this class's owner role is named after its database.
        System.setProperty("facade.owner-role", db.name() + "_owner");
        appRole = db.createAppRole("app");
        assertThat(run("migrate-core").status()).isZero();
    }

    @AfterAll
    void forgetOwnerRole() {
        System.clearProperty("facade.owner-role");
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!List.of(args).contains("--help")) {
            all.addAll(List.of("--db-url", db.url(), "--db-user", db.user()));
            if (args[0].equals("deploy")) {
                all.addAll(List.of("--app-role", appRole)); // the one command here that grants
            }
        }
        CliRun run = CliRun.of(all);
        return new Result(run.status(), run.out(), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"migrate-core", "deploy", "plan", "status", "canary", "promote", "rollback", "abort",
            "route explain", "rollout start", "rollout status", "rollout promote", "rollout approve", "releases", "audit"})
    void everyCommandHasHelp(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        Result result = run(args.toArray(String[]::new));

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Usage: facade-switch " + command).contains("--db-url");
    }

    @Test
    void aWrongFlagExitsWithTwoAndSaysWhichFlag() {
        Result result = run("status", "--colour-blind");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--colour-blind");
    }

    @Test
    void aWrongFlagUnderJsonAlsoPrintsAnErrorDocumentOnStdout() throws Exception {
        Result result = run("status", "--json", "--colour-blind");

        assertThat(result.status()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> document = ObjectMapper.getDefault().readValue(result.out(), Map.class);
        assertThat(document.get("error")).containsEntry("code", "CLI_USAGE")
                .containsEntry("message", "Unknown option: '--colour-blind'; run 'facade-switch status --help' for"
                        + " the options")
                .containsEntry("hint", "run 'facade-switch status --help' for the options");
        assertThat(result.err().lines()).containsExactly("error: Unknown option: '--colour-blind'; run 'facade-switch"
                + " status --help' for the options [CLI_USAGE]");
    }

    @Test
    void migrateCoreUnderJsonWithNothingToDoSaysAppliedIsEmpty() throws Exception {
        Result result = run("migrate-core", "--json");

        assertThat(result.status()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> document = ObjectMapper.getDefault().readValue(result.out(), Map.class);
        assertThat(document).containsEntry("applied", List.of()).containsKeys("checkedColours", "durationMs");
    }

    @Test
    void aDbUrlThatIsNotJdbcExitsWithTwo() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = FacadeSwitchCommand.commandLine(false);
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("status", "--db-url", "postgres://deployer:s3cret@localhost/app");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("jdbc:postgresql://").contains("deployer:****@")
                .doesNotContain("s3cret");
    }

    @Test
    void aBrokenReleaseExitsWithOneAndAShortMessageWithoutStackTrace() {
        List<String> expected = Fixtures.read(Fixtures.brokenSyntax().resolve("EXPECTED")).lines().toList();

        Result result = run("deploy", "--release", "broken", "--facade-schema", Fixtures.brokenSyntax().toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("error: " + expected.get(0) + ":" + expected.get(1) + ":")
                .contains("DEPLOY_SQL_FAILED").doesNotContain("\tat ");
        assertThat(result.err().lines().count()).isLessThanOrEqualTo(2);
    }

    @Test
    void deployStatusPromoteAndRollbackWorkFromTheCommandLine() throws Exception {
        Result first = run("deploy", "--release", "1.0.0", "--facade-schema", Fixtures.FACADE_1_0_0.toString());
        Result second = run("deploy", "--release", "1.1.0", "--facade-schema", Fixtures.FACADE_1_1_0.toString());
        Result promote = run("promote", "--reason", "cli test");
        Result status = run("status", "--json");
        Result rollback = run("rollback");
        Result again = run("rollback");

        assertThat(first.status()).isZero();
        assertThat(first.out()).contains("to blue").contains("blue is active");
        assertThat(second.out()).contains("to green");
        assertThat(promote.out()).startsWith("promoted: green (release 1.1.0) is active");
        assertThat(status.status()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> document = ObjectMapper.getDefault().readValue(status.out(), Map.class);
        assertThat(document).containsEntry("active", "green").containsEntry("canary", null)
                .containsKeys("generation", "colours");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> colours = (Map<String, Map<String, Object>>) document.get("colours");
        assertThat(colours.get("blue")).containsEntry("schema", "facade_blue").containsEntry("release", "1.0.0")
                .containsEntry("state", "standby").containsKey("checksum");
        assertThat(colours.get("green")).containsEntry("state", "active");
        assertThat(rollback.out()).startsWith("rolled back: blue (release 1.0.0) is active");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("nothing to roll back to");

        Result canary = run("canary", "--instances", "app-7", "--percent", "10", "--reason", "cli");
        Result explain = run("route", "explain", "app-7");
        Result abort = run("abort");

        assertThat(canary.status()).isZero();
        assertThat(canary.out()).contains("canary of green (release 1.1.0): pinned [app-7], sticky share 10.0%");
        assertThat(explain.out()).startsWith("green: app-7 is pinned to green");
        assertThat(abort.out()).startsWith("canary aborted: everyone on blue");
    }
}
