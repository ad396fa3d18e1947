package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.facade.FacadeSourceReader;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** deploy, migrate-core and plan through a running switch: sources sent, no database credentials. */
class RemoteSourcesCommandLineTest extends ServerTestBase {

    private SwitchServer server;

    @BeforeEach
    void serve() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        server = replica(Map.of());
    }

    private CliRun run(String token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", server.url(), "--token", token));
        return CliRun.of(all);
    }

    @Test
    void aRemoteDeployPrintsWhatALocalOnePrintsAndIsAuditedUnderTheTokensName() {
        CliRun deploy = run(OPERATE_SECRET, "deploy", "--release", "1.1.0",
                "--facade-schema", Fixtures.FACADE_1_1_0.toString());
        CliRun again = run(OPERATE_SECRET, "deploy", "--release", "1.1.1",
                "--facade-schema", Fixtures.FACADE_1_1_0.toString(), "--json");

        assertThat(deploy.status()).as(deploy.err()).isZero();
        assertThat(deploy.out()).startsWith("deployed release 1.1.0 (checksum ").contains(" to green in ")
                .contains("green is ready; make it active with: promote");
        assertThat(deploy.err()).doesNotContain("warning").doesNotContain("embedded");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("{\"release\":\"1.1.1\"").contains("\"liveAs\":\"1.1.0\"");
        assertThat(audit().all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("deploy");
            assertThat(e.actor()).isEqualTo("ops");
        });
    }

    @Test
    void aRefusedRemoteDeployExitsWithOneAndTheServersCode() {
        CliRun taken = run(OPERATE_SECRET, "deploy", "--release", "1.0.0",
                "--facade-schema", Fixtures.FACADE_1_1_0.toString());
        CliRun readOnly = run(READ_SECRET, "deploy", "--release", "1.1.0",
                "--facade-schema", Fixtures.FACADE_1_1_0.toString());

        assertThat(taken.status()).isEqualTo(1);
        assertThat(taken.err()).contains("DEPLOY_RELEASE_NAME_TAKEN").contains("(HTTP 409)");
        assertThat(readOnly.status()).isEqualTo(1);
        assertThat(readOnly.err()).contains("token viewer may only read").contains("API_FORBIDDEN");
    }

    @Test
    void sourcesThatCannotBeReadAreRefusedBeforeAnythingIsSent() {
        CliRun missing = run(OPERATE_SECRET, "deploy", "--release", "1.1.0", "--facade-schema", "no-such-folder");

        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no-such-folder does not exist").contains("DEPLOY_SOURCES_UNREADABLE");
    }

    @Test
    void databaseOptionsWithServerAreRefusedWithTwo() {
        CliRun deploy = run(OPERATE_SECRET, "deploy", "--release", "1.1.0", "--db-url", "jdbc:postgresql://x/y",
                "--app-role", "app");
        CliRun migrate = run(OPERATE_SECRET, "migrate-core", "--db-user", "someone");

        assertThat(deploy.status()).isEqualTo(2);
        assertThat(deploy.err()).contains("--db-url, --app-role cannot go with --server")
                .contains("the switch's own connection and application roles");
        assertThat(migrate.status()).isEqualTo(2);
        assertThat(migrate.err()).contains("--db-user cannot go with --server");
    }

    @Test
    void aRemoteMigrateCoreAppliesTheNewChangesetUnderTheTokensName() throws Exception {
        Path core = Fixtures.copy(Fixtures.CORE);
        Fixtures.addCoreChange(core, "901-add-column.xml", Fixtures.read(Fixtures.CORE_CHANGES.resolve("add-column.xml")));

        CliRun plan = run(OPERATE_SECRET, "plan", "--core-schema", core.toString(),
                "--facade-schema", Fixtures.FACADE_1_1_0.toString());
        CliRun migrate = run(OPERATE_SECRET, "migrate-core", "--core-schema", core.toString());
        CliRun again = run(OPERATE_SECRET, "migrate-core", "--core-schema", core.toString(), "--json");

        assertThat(plan.status()).as(plan.err()).isZero();
        assertThat(plan.out()).startsWith("core schema: 1 pending changeset(s)").contains("901-add-customer-phone")
                .contains("a deploy would build green");
        assertThat(migrate.status()).as(migrate.err()).isZero();
        assertThat(migrate.out()).startsWith("applied 1 changeset(s) in ")
                .contains("changes/901-add-column.xml::901-add-customer-phone")
                .contains("live colours still pass their checks: blue");
        assertThat(again.out()).startsWith("{").contains("\"durationMs\"").doesNotContain("901-add-customer-phone");
        assertThat(db.value("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'customer' AND column_name = 'phone'")).isEqualTo("1");
        assertThat(audit().all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("migrate-core");
            assertThat(e.actor()).isEqualTo("ops");
        });
    }

    @Test
    void aBundleIsVerifiedHereAndItsSourcesSentToTheSwitch() throws Exception {
        Path bundle = Files.createTempDirectory("bundle-").resolve("release-1.1.0.zip");
        CliRun built = CliRun.of(List.of("bundle", "--release", "1.1.0", "--out", bundle.toString(),
                "--core-schema", Fixtures.CORE.toString(), "--facade-schema", Fixtures.FACADE_1_1_0.toString()));

        CliRun deploy = run(OPERATE_SECRET, "deploy", "--bundle", bundle.toString());

        assertThat(built.status()).as(built.err()).isZero();
        assertThat(deploy.status()).as(deploy.err()).isZero();
        assertThat(deploy.out()).startsWith("deployed release 1.1.0 (checksum "
                + FacadeSourceReader.read(Fixtures.FACADE_1_1_0, "1.1.0").shortChecksum() + ")");
    }
}
