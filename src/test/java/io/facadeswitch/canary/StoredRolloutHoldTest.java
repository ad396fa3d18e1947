package io.facadeswitch.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.db.SwitchLock;
import io.facadeswitch.routing.RolloutHold;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Routing asks whether a rollout holds it inside its own locked transaction, and sees what that transaction sees. */
class StoredRolloutHoldTest extends SwitchTestBase {

    @Test
    void aRolloutStartedInTheCallersTransactionHoldsTheRoutingBeforeItCommits() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        RolloutHold hold = context.bean(RolloutHold.class);

        assertThatThrownBy(() -> context.bean(SwitchLock.class).run("test", connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO facade_switch.rollouts (release_id, release_name, colour, baseline, plan, state, step,
                                                        initiator)
                    SELECT id, name, 'green', 'blue', '{}', 'running', -1, 'tester' FROM facade_switch.releases
                    WHERE name = '1.1.0' RETURNING id""");
                 ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
            assertThat(hold.runningRollout()).as("uncommitted, so only this transaction's connection sees it")
                    .contains(id);
            assertThat(routing().liveRollout()).contains(id);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");

        assertThat(hold.runningRollout()).isEqualTo(Optional.empty());
    }
}
