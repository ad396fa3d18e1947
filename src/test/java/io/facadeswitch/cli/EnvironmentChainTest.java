package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.environment.ReleaseBundle;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real databases as test, staging and prod, driven through the command line as a pipeline
 * drives them: the predecessor rule, approvals bound to a checksum, windows, freezes and
 * emergencies, each decision in the audit log of the environment it was made in.
 */
class EnvironmentChainTest {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @TempDir
    Path folder;

    private TestDatabase test;
    private TestDatabase staging;
    private TestDatabase prod;
    private Path first;
    private Path second;
    private String appRole;

    @BeforeEach
    void threeEnvironmentsAndTwoBundles() throws Exception {
        test = TestPostgres.newDatabase();
        staging = TestPostgres.newDatabase();
        prod = TestPostgres.newDatabase();
        appRole = test.createAppRole("app");
        first = folder.resolve("release-1.0.0.zip");
        second = folder.resolve("release-1.1.0.zip");
        ReleaseBundle.build("1.0.0", Fixtures.CORE, Fixtures.FACADE_1_0_0, first, "ci");
        ReleaseBundle.build("1.1.0", Fixtures.CORE, Fixtures.FACADE_1_1_0, second, "ci");
    }

    @Test
    void aStepNeedsTheSameBundleDoneInThePredecessorFirst() throws Exception {
        config("");

        CliRun early = run("deploy", "--env", "staging", "--bundle", first.toString());
        CliRun earlyCore = run("migrate-core", "--env", "staging", "--bundle", first.toString());

        assertThat(early.status()).as(early.err()).isEqualTo(1);
        assertThat(early.err()).contains("[GATE_PREDECESSOR]").contains("test").contains("deploy --env test");
        assertThat(earlyCore.status()).as(earlyCore.err()).isEqualTo(1);
        assertThat(earlyCore.err()).contains("[GATE_PREDECESSOR]").contains("migrate-core --env test");
        assertThat(staging.value("SELECT count(*) FROM facade_switch.releases")).as("nothing deployed").isEqualTo("0");

        ok(run("migrate-core", "--env", "test", "--bundle", first.toString()));
        ok(run("deploy", "--env", "test", "--bundle", first.toString()));
        ok(run("migrate-core", "--env", "staging", "--bundle", first.toString()));
        ok(run("deploy", "--env", "staging", "--bundle", first.toString()));

        ok(run("migrate-core", "--env", "test", "--bundle", second.toString()));
        ok(run("deploy", "--env", "test", "--bundle", second.toString()));
        CliRun notPromoted = run("deploy", "--env", "staging", "--bundle", second.toString());
        assertThat(notPromoted.err()).as("deployed in test but not active there").contains("[GATE_PREDECESSOR]")
                .contains("promote --env test");
        ok(run("promote", "--env", "test"));
        ok(run("deploy", "--env", "staging", "--bundle", second.toString()));
        assertThat(staging.value("SELECT string_agg(action, ',' ORDER BY id) FROM facade_switch.audit_log"
                + " WHERE action = 'gate' AND after->>'decision' = 'refused'")).isEqualTo("gate,gate,gate");
    }

    @Test
    void approvalsCountDistinctApproversNeverTheRequesterAndBindToOneChecksum() throws Exception {
        config("""
                    gates:
                      deploy:
                        approvals: 2
                        approvers: [bob, dbas]
                """, "groups:\n  dbas: [carol]\n");
        releaseToTest(first);
        ok(run("migrate-core", "--env", "staging", "--bundle", first.toString()));

        CliRun none = run("deploy", "--env", "staging", "--bundle", first.toString());
        assertThat(none.err()).contains("[GATE_APPROVALS_MISSING]").contains("needs 2 approval(s) from bob, carol")
                .contains("approval request --env staging --step deploy");

        CliRun asked = run("approval", "request", "--env", "staging", "--step", "deploy", "--bundle", first.toString(),
                "--reason", "first release", "--actor", "alice", "--json");
        ok(asked);
        String id = id(asked.out());
        CliRun self = run("approval", "grant", id, "--env", "staging", "--actor", "alice");
        CliRun stranger = run("approval", "grant", id, "--env", "staging", "--actor", "dave");
        ok(run("approval", "grant", id, "--env", "staging", "--actor", "bob"));
        CliRun twice = run("approval", "grant", id, "--env", "staging", "--actor", "bob");
        CliRun oneOfTwo = run("deploy", "--env", "staging", "--bundle", first.toString());

        assertThat(self.err()).contains("[APPROVAL_BY_REQUESTER]");
        assertThat(stranger.err()).contains("[APPROVAL_NOT_AN_APPROVER]").contains("bob, carol");
        assertThat(twice.err()).contains("[APPROVAL_CLOSED]");
        assertThat(oneOfTwo.err()).contains("[GATE_APPROVALS_MISSING]").contains("has 1 (bob)");

        ok(run("approval", "grant", id, "--env", "staging", "--actor", "carol"));
        ok(run("deploy", "--env", "staging", "--bundle", first.toString()));

        releaseToTest(second);
        ok(run("migrate-core", "--env", "staging", "--bundle", second.toString()));
        CliRun otherChecksum = run("deploy", "--env", "staging", "--bundle", second.toString());
        assertThat(otherChecksum.err()).as("the approvals of 1.0.0 do not open the gate for 1.1.0")
                .contains("[GATE_APPROVALS_MISSING]").contains("no request has been made");

        String allowed = staging.value("SELECT after::text FROM facade_switch.audit_log WHERE action = 'gate'"
                + " AND after->>'decision' = 'allowed' AND after->>'step' = 'deploy'");
        assertThat(allowed).contains("\"requestedBy\": \"alice\"").contains("\"approvedBy\": [\"bob\", \"carol\"]")
                .contains(checksumOf(first));
        CliRun list = run("approval", "list", "--env", "staging");
        assertThat(list.out()).contains("#" + id + " staging deploy of 1.0.0").contains("bob granted")
                .contains("carol granted");
    }

    @Test
    void anExpiredApprovalOpensNothing() throws Exception {
        config("""
                    gates:
                      deploy:
                        approvals: 1
                        approval-expiry: 1s
                """);
        releaseToTest(first);
        ok(run("migrate-core", "--env", "staging", "--bundle", first.toString()));
        CliRun asked = run("approval", "request", "--env", "staging", "--step", "deploy", "--bundle", first.toString(),
                "--reason", "first release", "--actor", "alice", "--json");
        String id = id(asked.out());
        Thread.sleep(1_300);

        CliRun late = run("approval", "grant", id, "--env", "staging", "--actor", "bob");
        CliRun deploy = run("deploy", "--env", "staging", "--bundle", first.toString());

        assertThat(late.err()).contains("[APPROVAL_CLOSED]").contains("is expired");
        assertThat(deploy.err()).contains("[GATE_APPROVALS_MISSING]").contains("#" + id + " expired");
    }

    @Test
    void aClosedWindowRefusesAnEmergencyOverridesItAuditedAndRollbackIsNeverBlocked() throws Exception {
        config("""
                    gates:
                      promote:
                        windows: ["%s"]
                        emergency: true
                """.formatted(closedWindow()));
        releaseToTest(first);
        releaseToStaging(first);
        releaseToTest(second);
        ok(run("migrate-core", "--env", "staging", "--bundle", second.toString()));
        ok(run("deploy", "--env", "staging", "--bundle", second.toString()));

        CliRun closed = run("promote", "--env", "staging");
        CliRun noReason = run("promote", "--env", "staging", "--emergency");
        CliRun emergency = run("promote", "--env", "staging", "--emergency", "--reason", "broken checkout");
        CliRun rollback = run("rollback", "--env", "staging");

        assertThat(closed.err()).contains("[GATE_WINDOW_CLOSED]").contains("next opening")
                .contains("--emergency --reason");
        assertThat(noReason.err()).contains("[GATE_EMERGENCY_REFUSED]").contains("--reason");
        ok(emergency);
        ok(rollback);
        assertThat(staging.value("SELECT reason || ' ' || (after->>'emergency') FROM facade_switch.audit_log"
                + " WHERE action = 'gate' AND after->>'decision' = 'allowed' AND after->>'step' = 'promote'"))
                .isEqualTo("broken checkout true");
    }

    @Test
    void aFreezeThatForbidsOverrideRefusesEvenAnEmergency() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        config("""
                    gates:
                      promote:
                        emergency: true
                        freezes:
                          - {from: "%s", to: "%s", zone: UTC, reason: year end, emergency: false}
                """.formatted(MINUTES.format(now.minusHours(1)), MINUTES.format(now.plusHours(1))));
        releaseToTest(first);
        releaseToStaging(first);
        releaseToTest(second);
        ok(run("migrate-core", "--env", "staging", "--bundle", second.toString()));
        ok(run("deploy", "--env", "staging", "--bundle", second.toString()));

        CliRun emergency = run("promote", "--env", "staging", "--emergency", "--reason", "please");

        assertThat(emergency.status()).isEqualTo(1);
        assertThat(emergency.err()).contains("[GATE_EMERGENCY_REFUSED]").contains("year end");
        assertThat(staging.value("SELECT state FROM facade_switch.colours WHERE colour = 'green'")).isEqualTo("deployed");
    }

    @Test
    void envsShowsWhichReleaseRunsWhereAndAnUnreachableEnvironmentAsSuch() throws Exception {
        config("", "");
        Files.writeString(folder.resolve("facade-switch.yaml"), """
                  - name: sandbox
                    db-url: jdbc:postgresql://127.0.0.1:1/nowhere
                    predecessor: none
                """, StandardOpenOption.APPEND);
        releaseToTest(first);
        releaseToTest(second);
        test.execute("CREATE INDEX customer_created ON core.customer (created_at)");
        assertThat(run("drift", "--env", "test").status()).isEqualTo(1);

        CliRun json = run("envs", "--json");
        CliRun text = run("envs");

        ok(json);
        assertThat(json.out()).startsWith("{\"environments\":[{\"name\":\"test\"")
                .containsPattern("\"active\":\\{\"release\":\"1\\.1\\.0\",\"checksum\":\"[0-9a-f]{64}\"")
                .containsPattern("\"standby\":\\{\"release\":\"1\\.0\\.0\"")
                .contains("{\"name\":\"staging\",\"predecessor\":\"test\",\"reachable\":true")
                .contains("{\"name\":\"sandbox\",\"reachable\":false,\"error\":");
        List<String> lines = text.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("ENV").contains("ACTIVE").contains("STANDBY").contains("DRIFT");
        assertThat(lines.get(1)).startsWith("test").contains("1.1.0").contains("(green, active)")
                .contains("1.0.0").contains("1 object(s)");
        assertThat(json.out()).contains("\"drift\":{\"drifted\":true,\"objects\":1,");
        assertThat(lines.get(2)).startsWith("staging").contains("nothing released").contains("not checked");
        assertThat(lines.get(4)).startsWith("sandbox").contains("unreachable");
    }

    @Test
    void anUnknownEnvironmentIsAUsageErrorThatNamesTheKnownOnes() throws Exception {
        config("");

        CliRun unknown = run("status", "--env", "qa");

        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("qa").contains("test, staging, prod");
    }

    @Test
    void aLiteralPasswordInTheFileIsRefusedWithItsLine() throws Exception {
        Path file = folder.resolve("facade-switch.yaml");
        Files.writeString(file, "environments:\n  - name: test\n    db-url: " + test.url() + "\n    db-password: hunter2\n");

        CliRun refused = CliRun.of(List.of("status", "--env", "test", "--config", file.toString()));

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("line 4").contains("${").doesNotContain("hunter2");
    }

    private void releaseToTest(Path bundle) {
        ok(run("migrate-core", "--env", "test", "--bundle", bundle.toString()));
        ok(run("deploy", "--env", "test", "--bundle", bundle.toString()));
        if (bundle.equals(second)) {
            ok(run("promote", "--env", "test"));
        }
    }

    private void releaseToStaging(Path bundle) {
        ok(run("migrate-core", "--env", "staging", "--bundle", bundle.toString()));
        ok(run("deploy", "--env", "staging", "--bundle", bundle.toString()));
    }

    /** A daily window that starts two hours from now: closed now, whatever the time of day. */
    private static String closedWindow() {
        int start = (ZonedDateTime.now(ZoneOffset.UTC).getHour() + 2) % 24;
        return String.format("daily %02d:00-%02d:00 UTC", start, start + 1);
    }

    private void config(String stagingGates) throws IOException {
        config(stagingGates, "");
    }

    private void config(String stagingGates, String preamble) throws IOException {
        Files.writeString(folder.resolve("facade-switch.yaml"), preamble + """
                environments:
                  - name: test
                    db-url: %s
                    db-user: %s
                    app-roles: [%s]
                  - name: staging
                    db-url: %s
                    db-user: %s
                    app-roles: [%s]
                %s  - name: prod
                    db-url: %s
                    db-user: %s
                    app-roles: [%s]
                """.replace("    app-roles", password() + "    app-roles").formatted(test.url(), test.user(), appRole,
                staging.url(), staging.user(), appRole, stagingGates, prod.url(), prod.user(), appRole));
    }

    /**
     * The password line of each environment: none on a server that trusts local logins (the
     * embedded one), else the variable the external test server's password is given in.
     */
    private String password() {
        return test.password() == null ? "" : "    db-password: ${FACADE_TEST_DATABASE_PASSWORD}\n";
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", folder.resolve("facade-switch.yaml").toString()));
        return CliRun.of(all);
    }

    private static void ok(CliRun run) {
        assertThat(run.status()).as(run.err()).isZero();
    }

    private static String id(String json) {
        Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }

    private static String checksumOf(Path bundle) {
        try (ReleaseBundle opened = ReleaseBundle.open(bundle)) {
            return opened.manifest().checksum();
        }
    }
}
