package io.facadeswitch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class AuditLogTest extends SwitchTestBase {

    @Test
    void theAuditLogRecordsEveryStepInOrder() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        routing().promote("alice", null, null);
        routing().rollback("bob", null, null);

        assertThat(audit().all()).extracting(e -> e.action() + " by " + e.actor()).containsExactly(
                "migrate-core by setup", "activate by tester", "deploy by tester", "deploy by tester",
                "promote by alice", "rollback by bob");
    }

    @Test
    void theAuditLogCannotBeRewritten() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        assertThatThrownBy(() -> db.execute("UPDATE facade_switch.audit_log SET actor = 'mallory'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.execute("DELETE FROM facade_switch.audit_log"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
}
