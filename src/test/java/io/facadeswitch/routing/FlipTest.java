package io.facadeswitch.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.control.AuditEntry;
import io.facadeswitch.facade.DeployOutcome;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlipTest extends SwitchTestBase {

    @Test
    void promoteMakesTheNewReleaseActiveAndKeepsThePreviousOneAsStandby() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");

        RoutingSnapshot after = routing().promote("alice", "release train 42", null);

        assertThat(after.active()).isEqualTo("green");
        assertThat(after.generation()).isEqualTo(3);
        assertThat(after.colour(Colour.GREEN).state()).isEqualTo("active");
        assertThat(after.colour(Colour.BLUE).state()).isEqualTo("standby");
        assertThat(after.colour(Colour.BLUE).release()).isEqualTo("1.0.0");
        AuditEntry last = lastAudit();
        assertThat(last.actor()).isEqualTo("alice");
        assertThat(last.action()).isEqualTo("promote");
        assertThat(last.reason()).isEqualTo("release train 42");
        assertThat(last.before()).contains("\"active\": \"blue\"");
        assertThat(last.after()).contains("\"active\": \"green\"");
        assertThat(last.generation()).isEqualTo(3);
    }

    @Test
    void rollbackReturnsToThePreviousReleaseAtOnce() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        routing().promote("alice", null, null);

        RoutingSnapshot after = routing().rollback("bob", "orders page broken", null);

        assertThat(after.active()).isEqualTo("blue");
        assertThat(after.colour(Colour.BLUE).release()).isEqualTo("1.0.0");
        assertThat(after.colour(Colour.GREEN).state()).isEqualTo("deployed");
        assertThat(after.generation()).isEqualTo(4);
        assertThat(lastAudit().actor()).isEqualTo("bob");
    }

    @Test
    void aRolledBackReleaseCanBePromotedAgainButNotRolledBackTwice() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        routing().promote("alice", null, null);
        routing().rollback("alice", null, null);

        assertThatThrownBy(() -> routing().rollback("alice", null, null))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.NOTHING_TO_ROLL_BACK))
                .hasMessageContaining("use 'promote'");
        assertThat(routing().promote("alice", null, null).active()).isEqualTo("green");
    }

    @Test
    void promoteIsRefusedWhenTheOtherColourHoldsNothingNew() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        long generation = routing().snapshot().generation();

        assertThatThrownBy(() -> routing().promote("alice", null, null))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.NOTHING_TO_PROMOTE))
                .hasMessageContaining("green holds no release");
        assertThat(routing().snapshot().generation()).isEqualTo(generation);
    }

    @Test
    void flipsBeforeAnyDeployAreRefused() {
        assertThatThrownBy(() -> routing().rollback("alice", null, null))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.NOTHING_DEPLOYED));
    }

    @Test
    void aFlipAgainstAStaleGenerationIsRefused() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        long seen = routing().snapshot().generation();
        routing().promote("alice", null, null);

        assertThatThrownBy(() -> routing().rollback("bob", null, seen))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.STALE_GENERATION));
        assertThat(routing().snapshot().active()).isEqualTo("green");
    }

    @Test
    void aDeployAfterPromoteReplacesTheStandbyAndWarnsThatRollbackIsGone() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        routing().promote("alice", null, null);

        Path hotfix = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Fixtures.append(hotfix.resolve("010_reference_views.sql"), "\n-- hotfix build\n");
        var outcome = (DeployOutcome.Deployed) deploy(hotfix, "1.0.1");

        assertThat(outcome.colour()).isEqualTo("blue");
        assertThat(outcome.warnings()).anySatisfy(w -> assertThat(w).contains("rollback target"));
    }

    private AuditEntry lastAudit() {
        List<AuditEntry> entries = audit().all();
        return entries.get(entries.size() - 1);
    }

    @Test
    void aDeployAfterAnOperatorLookedMakesTheirPromoteStale() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        long seenWith110 = routing().snapshot().generation();
        Path other = Fixtures.copy(Fixtures.FACADE_1_1_0);
        Fixtures.append(other.resolve("010_reference_views.sql"), "\n-- 1.2.0\n");
        deploy(other, "1.2.0");

        assertThatThrownBy(() -> routing().promote("alice", null, seenWith110))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.STALE_GENERATION));
        assertThat(routing().snapshot().active()).isEqualTo("blue");
    }
}
