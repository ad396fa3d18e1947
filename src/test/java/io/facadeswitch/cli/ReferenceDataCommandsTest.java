package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** plan shows the reference data's row changes and drift; pull writes rows back; bad input is a usage error. */
class ReferenceDataCommandsTest {

    private TestDatabase db;
    private Path core;
    private Path statuses;

    @BeforeEach
    void migrated() {
        db = TestPostgres.newDatabase();
        core = Fixtures.copy(Fixtures.CORE);
        statuses = core.resolve("reference-data/order_status.csv");
        CliRun first = run("migrate-core", "--core-schema", core.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("reference data:", "order_status: 5 inserted, 0 updated, 0 deleted",
                "order_status_transition: 5 inserted, 0 updated, 0 deleted");
    }

    @Test
    void planShowsRowsToInsertUpdateAndDeleteAndTheDriftWithItsAuthorAndChangesNothing() throws Exception {
        StringBuilder many = new StringBuilder(Files.readString(statuses).replace("Payment received", "Payment captured"));
        for (int i = 1; i <= 7; i++) {
            many.append("EXTRA_").append(i).append(",Extra ").append(i).append(",false\n");
        }
        Files.writeString(statuses, many.toString());
        db.execute("UPDATE core.order_status SET description = 'Hot fix' WHERE code = 'NEW'");

        CliRun plan = run("plan", "--core-schema", core.toString(), "--facade-schema", Fixtures.FACADE_1_0_0.toString());

        assertThat(plan.status()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("reference data order_status (sync, last synchronized ")
                .contains("7 to insert, 2 to update, 0 to delete")
                .contains("+ {code=EXTRA_1, description=Extra 1, is_final=false}")
                .contains("... and 2 more (plan --json lists them all)")
                .contains("~ [PAID] description: Payment received -> Payment captured")
                .contains("~ [NEW] description: Hot fix -> Order created but not paid yet")
                .contains("drift: 1 change(s) made here since the last synchronization")
                .contains("by " + db.user())
                .contains("reference data order_status_transition (sync, ");
        assertThat(db.value("SELECT count(*) FROM core.order_status")).isEqualTo("5");

        CliRun json = run("plan", "--json", "--core-schema", core.toString(), "--facade-schema",
                Fixtures.FACADE_1_0_0.toString());
        assertThat(json.out()).contains("\"referenceData\"").contains("EXTRA_7").contains("\"inserts\":7");
    }

    @Test
    void pullWritesTheLiveRowsIntoTheCsvAndMigrateCoreThenHasNothingToDo() throws Exception {
        db.execute("UPDATE core.order_status SET description = 'Fixed in production' WHERE code = 'SHIPPED'");

        CliRun pull = run("reference-data", "pull", "--table", "order_status", "--core-schema", core.toString());
        CliRun again = run("migrate-core", "--core-schema", core.toString());

        assertThat(pull.status()).as(pull.err()).isZero();
        assertThat(pull.err()).contains("wrote 5 row(s) of order_status to ");
        assertThat(Files.readString(statuses)).startsWith("code,description,is_final\nCANCELLED,")
                .contains("SHIPPED,Fixed in production,false\n");
        assertThat(again.out()).contains("order_status: 0 inserted, 0 updated, 0 deleted (1 change(s) made here since"
                + " the last synchronization settled)");
        assertThat(db.value("SELECT description FROM core.order_status WHERE code = 'SHIPPED'"))
                .isEqualTo("Fixed in production");

        CliRun stdout = run("reference-data", "pull", "--table", "order_status_transition", "--out", "-",
                "--core-schema", core.toString());
        assertThat(stdout.out()).startsWith("from_status,to_status,needs_note\nNEW,CANCELLED,true\nNEW,PAID,false\n");
    }

    @Test
    void aBadOverlayNameAnUnknownTableAndABrokenFileAreRefusedWithWhatToDo() throws Exception {
        CliRun badName = run("migrate-core", "--core-schema", core.toString(), "--reference-overlay", "Test Env");
        assertThat(badName.status()).isEqualTo(2);
        assertThat(badName.err()).contains("--reference-overlay 'Test Env'");

        CliRun unknown = run("reference-data", "pull", "--table", "no_such_table", "--core-schema", core.toString());
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("has no table no_such_table").contains("[REFERENCE_FILE_INVALID]");

        Files.writeString(statuses, "code,description,is_final\n\"NEW,Unclosed,false\n");
        CliRun broken = run("migrate-core", "--core-schema", core.toString());
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .contains("order_status.csv").contains("line 2").endsWith("[REFERENCE_FILE_INVALID]"));
    }

    private CliRun run(String... args) {
        return CliRun.onDatabase(db, args);
    }
}
