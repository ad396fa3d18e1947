package io.facadeswitch.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.SwitchTestBase;
import org.junit.jupiter.api.Test;

class ControlSchemaTest extends SwitchTestBase {

    @Test
    void anUpToDateControlSchemaSkipsLiquibaseAndAMissingChangesetRunsIt() throws Exception {
        ControlSchema control = context.bean(ControlSchema.class);
        String recorded = db.value("SELECT count(*) FROM facade_switch.databasechangelog");

        assertThat(control.migrate()).as("already up to date").isFalse();

        db.execute("DELETE FROM facade_switch.databasechangelog WHERE id = '004-replicas'",
                "DROP TABLE facade_switch.replicas");
        assertThat(control.migrate()).as("one changeset missing").isTrue();
        assertThat(db.value("SELECT count(*) FROM facade_switch.databasechangelog")).isEqualTo(recorded);
        assertThat(db.value("SELECT to_regclass('facade_switch.replicas')")).isNotNull();
    }
}
