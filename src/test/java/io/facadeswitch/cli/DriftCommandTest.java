package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** drift as a pipeline uses it: exit 0 when clean, 1 when drifted, --json, and its subcommands. */
class DriftCommandTest {

    private TestDatabase db;
    private Path core;
    private Path facade;

    @BeforeEach
    void deployed() {
        db = TestPostgres.newDatabase();
        core = Fixtures.copy(Fixtures.CORE);
        facade = Fixtures.copy(Fixtures.FACADE_1_0_0);
        assertThat(run("migrate-core", "--core-schema", core.toString()).status()).isZero();
        CliRun deploy = run("deploy", "--release", "1.0.0", "--facade-schema", facade.toString());
        assertThat(deploy.status()).as(deploy.err()).isZero();
    }

    @Test
    void exitsZeroWhenCleanAndOneWithTheDifferencesWhenSomethingDrifted() throws Exception {
        CliRun clean = run("drift");
        assertThat(clean.status()).as(clean.err()).isZero();
        assertThat(clean.out()).contains("no drift").contains("capture: on");

        db.execute("CREATE INDEX customer_created ON core.customer (created_at)",
                "COMMENT ON VIEW facade_blue.orders IS 'hot'", // a comment is not a definition: no drift
                "CREATE OR REPLACE VIEW facade_blue.order_statuses AS SELECT code, description, is_final"
                        + " FROM core.order_status WHERE code IS NOT NULL");

        CliRun drifted = run("drift");
        assertThat(drifted.status()).isEqualTo(1);
        assertThat(drifted.out()).contains("drift: 2 object(s) differ from the record")
                .contains("core schema core:").contains("index customer_created added")
                .contains("by " + db.user() + " via PostgreSQL JDBC Driver")
                .contains("colour blue:").contains("view order_statuses changed")
                .contains("'drift adopt' writes it into facade-schema/");
        CliRun json = run("drift", "--json");
        assertThat(json.status()).isEqualTo(1);
        assertThat(json.out()).startsWith("{\"drifted\":true").contains("\"byLayer\":{\"core\":1,\"colour\":1,"
                + "\"reference\":0}").contains("\"statement\":\"CREATE INDEX customer_created");

        CliRun status = run("status");
        assertThat(status.out()).contains("drift: 2 object(s) differ from the record (core 1, colour 1)");

        CliRun capture = run("drift", "capture", "--core-schema", core.toString(), "--facade-schema", facade.toString(),
                "--out", core.getParent().resolve("review").toString());
        assertThat(capture.status()).as(capture.err()).isZero();
        assertThat(capture.out()).contains("wrote ").contains("is not recorded as applied yet");
        assertThat(Files.readString(facade.resolve("010_reference_views.sql"))).doesNotContain("IS NOT NULL");
        assertThat(run("drift").status()).isEqualTo(1);

        CliRun discard = run("drift", "discard", "--reason", "a load test", "--layer", "colour");
        assertThat(discard.status()).as(discard.err()).isZero();
        assertThat(discard.out()).contains("discarded 1 difference(s)").contains("colour blue: view order_statuses");
        CliRun adopt = run("drift", "adopt", "--core-schema", core.toString(), "--facade-schema", facade.toString());
        assertThat(adopt.status()).as(adopt.err()).isZero();
        assertThat(adopt.out()).contains("is recorded as applied here");
        CliRun after = run("drift");
        assertThat(after.status()).as(after.out()).isZero();
        assertThat(after.out()).contains("no drift").contains("[discarded by ");
    }

    @Test
    void aWrongLayerOrAMissingReasonIsAUsageError() {
        CliRun layer = run("drift", "discard", "--reason", "x", "--layer", "colours");
        assertThat(layer.status()).isEqualTo(2);
        assertThat(layer.err()).contains("--layer must be core, colour or reference, not 'colours'");
        CliRun reason = run("drift", "discard");
        assertThat(reason.status()).isEqualTo(2);
        assertThat(reason.err()).contains("--reason");
    }

    private CliRun run(String... args) {
        return CliRun.onDatabase(db, args);
    }
}
