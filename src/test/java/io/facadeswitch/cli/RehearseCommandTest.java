package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.environment.ReleaseBundle;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import io.facadeswitch.support.ToolsOnPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rehearse} on the command line, and the gate that asks for it: a passing rehearsal of the
 * bundle's checksum here, younger than the gate's limit. Prod is a PostgreSQL 15 database, the
 * rehearsal server that same PostgreSQL 15 (the machine's pg_dump reads no newer one).
 */
class RehearseCommandTest {

    @TempDir
    Path folder;

    private TestDatabase prod;
    private Path first;
    private Path second;

    @BeforeEach
    void prodWithARehearsalGate() throws Exception {
        prod = TestPostgres.newDatabaseOnPostgres15();
        TestDatabase admin = TestPostgres.adminOfPostgres15();
        System.setProperty("facade.rehearsal.db-url", admin.url());
        System.setProperty("facade.rehearsal.db-user", admin.user());
        System.setProperty("facade.rehearsal.pg-dump", ToolsOnPath.find("pg_dump").toString());
        System.setProperty("facade.owner-role", prod.name() + "_owner");
        String appRole = prod.createAppRole("app");
        first = folder.resolve("release-1.0.0.zip");
        second = folder.resolve("release-1.1.0.zip");
        ReleaseBundle.build("1.0.0", Fixtures.CORE, Fixtures.FACADE_1_0_0, first, "ci");
        ReleaseBundle.build("1.1.0", Fixtures.CORE, Fixtures.FACADE_1_1_0, second, "ci");
        Files.writeString(folder.resolve("facade-switch.yaml"), """
                environments:
                  - name: prod
                    db-url: %s
                    db-user: %s
                    app-roles: [%s]
                    gates:
                      migrate-core:
                        rehearsal: 24h
                      deploy:
                        rehearsal: 24h
                """.formatted(prod.url(), prod.user(), appRole));
    }

    @AfterEach
    void clearSettings() {
        for (String key : List.of("facade.rehearsal.db-url", "facade.rehearsal.db-user", "facade.rehearsal.pg-dump",
                "facade.owner-role")) {
            System.clearProperty(key);
        }
    }

    @Test
    void theGateRefusesAnUnrehearsedChecksumAndAcceptsOneWithAPassingRehearsal() throws Exception {
        CliRun unrehearsed = run("migrate-core", "--env", "prod", "--bundle", first.toString());
        assertThat(unrehearsed.status()).as(unrehearsed.err()).isEqualTo(1);
        assertThat(unrehearsed.err()).contains("[GATE_REHEARSAL_MISSING]").contains("never been rehearsed here")
                .contains("rehearse --env prod --bundle FILE");

        CliRun rehearsal = run("rehearse", "--env", "prod", "--bundle", first.toString());
        assertThat(rehearsal.status()).as(rehearsal.err()).isZero();
        assertThat(rehearsal.out()).contains("PASSED").contains("migrate-core").contains("deploy")
                .contains("on the configured server, PostgreSQL 15");

        ok(run("migrate-core", "--env", "prod", "--bundle", first.toString()));
        ok(run("deploy", "--env", "prod", "--bundle", first.toString()));
        assertThat(prod.value("SELECT after->>'rehearsal' IS NOT NULL FROM facade_switch.audit_log WHERE action = 'gate'"
                + " AND after->>'decision' = 'allowed' ORDER BY id DESC LIMIT 1")).isEqualTo("t");

        CliRun otherChecksum = run("migrate-core", "--env", "prod", "--bundle", second.toString());
        assertThat(otherChecksum.err()).as("1.0.0's rehearsal does not open the gate for 1.1.0")
                .contains("[GATE_REHEARSAL_MISSING]").contains("never been rehearsed");
    }

    @Test
    void aRehearsalOlderThanTheGatesLimitDoesNotCount() throws Exception {
        CliRun rehearsal = run("rehearse", "--env", "prod", "--bundle", first.toString(), "--json");
        assertThat(rehearsal.status()).as(rehearsal.err()).isZero();
        assertThat(rehearsal.out()).startsWith("{").contains("\"passed\":true").contains("\"steps\":[");
        prod.execute("UPDATE facade_switch.rehearsals SET finished_at = now() - interval '25 hours'");

        CliRun stale = run("migrate-core", "--env", "prod", "--bundle", first.toString());

        assertThat(stale.status()).isEqualTo(1);
        assertThat(stale.err()).contains("[GATE_REHEARSAL_MISSING]").contains("younger than 24h")
                .contains("passed but finished 25h ago");
    }

    @Test
    void aPassFollowedByAFailureOfTheSameChecksumDoesNotOpenTheGate() throws Exception {
        ok(run("rehearse", "--env", "prod", "--bundle", first.toString()));
        prod.execute("INSERT INTO facade_switch.rehearsals (environment, release_name, checksum, passed, actor, started_at,"
                + " report) SELECT environment, release_name, checksum, false, actor, now(), report"
                + " FROM facade_switch.rehearsals ORDER BY id DESC LIMIT 1");

        CliRun gated = run("migrate-core", "--env", "prod", "--bundle", first.toString());

        assertThat(gated.status()).isEqualTo(1);
        assertThat(gated.err()).contains("[GATE_REHEARSAL_MISSING]").contains("its newest rehearsal, #2, failed");
    }

    @Test
    void aFailingRehearsalExitsOneNamesTheStepAndDoesNotOpenTheGate() throws Exception {
        ok(run("rehearse", "--env", "prod", "--bundle", first.toString()));
        ok(run("migrate-core", "--env", "prod", "--bundle", first.toString()));
        prod.execute("ALTER TABLE core.customer ADD COLUMN loyalty_tier text");
        Path core = Fixtures.copy(Fixtures.CORE);
        Fixtures.addCoreChange(core, "960-loyalty.xml", Fixtures.changelog("""
                <changeSet id="960-loyalty-tier" author="dev">
                    <addColumn tableName="customer"><column name="loyalty_tier" type="text"/></addColumn>
                </changeSet>
                """));
        Path third = folder.resolve("release-1.2.0.zip");
        ReleaseBundle.build("1.2.0", core, Fixtures.FACADE_1_1_0, third, "ci");

        CliRun failed = run("rehearse", "--env", "prod", "--bundle", third.toString());
        CliRun gated = run("migrate-core", "--env", "prod", "--bundle", third.toString());

        assertThat(failed.status()).as(failed.out() + failed.err()).isEqualTo(1);
        assertThat(failed.out()).contains("FAILED");
        assertThat(failed.err()).contains("rehearsal failed at migrate-core").contains("960-loyalty-tier")
                .contains("loyalty_tier");
        assertThat(gated.err()).contains("[GATE_REHEARSAL_MISSING]").contains("newest rehearsal").contains("failed");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", folder.resolve("facade-switch.yaml").toString()));
        return CliRun.of(all);
    }

    private static void ok(CliRun run) {
        assertThat(run.status()).as(run.out() + run.err()).isZero();
    }
}
