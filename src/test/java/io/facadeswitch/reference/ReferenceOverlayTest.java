package io.facadeswitch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overlay of the environment at hand (here named as --reference-overlay names it) is applied, no other. */
class ReferenceOverlayTest extends SwitchTestBase {

    @Override
    protected Map<String, Object> settings() {
        return Map.of(ReferenceOverlay.NAME, "test");
    }

    @Test
    void theChosenOverlayAddsAndReplacesRowsAndAnotherEnvironmentsOverlayIsIgnored() throws Exception {
        Path core = Fixtures.copy(Fixtures.CORE);
        Path data = core.resolve("reference-data");
        Files.writeString(data.resolve("order_status.yaml"), """
                overlays:
                  test: order_status.test.csv
                  staging: order_status.staging.csv
                """);
        Files.writeString(data.resolve("order_status.test.csv"), """
                is_final,code,description
                false,PAID,Paid (test data)
                false,TEST_ONLY,Exists only in test
                """);
        Files.writeString(data.resolve("order_status.staging.csv"), """
                code,description,is_final
                STAGING_ONLY,Exists only in staging,false
                """);

        migrator().migrate(core, "tester");

        assertThat(db.column("SELECT code || '=' || description FROM core.order_status ORDER BY code")).containsExactly(
                "CANCELLED=Cancelled before delivery", "DELIVERED=Delivered to the customer",
                "NEW=Order created but not paid yet", "PAID=Paid (test data)", "SHIPPED=Handed over to the carrier",
                "TEST_ONLY=Exists only in test");

        // pull leaves the overlay's rows to the overlay, and the row it replaces as the CSV has it.
        ReferencePull.Pulled pulled = context.bean(ReferencePull.class).pull(core, "order_status");
        assertThat(pulled.overlayRowsLeftOut()).isEqualTo(1);
        assertThat(pulled.csv()).doesNotContain("TEST_ONLY").doesNotContain("test data")
                .contains("PAID,Payment received,false\n");
    }
}
