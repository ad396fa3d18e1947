package io.facadeswitch.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.control.AuditEntry;
import io.facadeswitch.facade.DeployErrorCode;
import io.facadeswitch.facade.DeployException;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanaryTest extends SwitchTestBase {

    @BeforeEach
    void twoReleases() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
    }

    @Test
    void aCanarySendsPinnedInstancesAndAStickyShareToTheNewRelease() {
        RoutingSnapshot after = routing().canary("alice", List.of("app-7", "app-8"), 10.0, "first look", null);

        assertThat(after.canary()).isNotNull();
        assertThat(after.canary().colour()).isEqualTo("green");
        assertThat(after.canary().instances()).containsExactly("app-7", "app-8");
        assertThat(after.canary().percent()).isEqualTo(10.0);
        assertThat(after.colour(Colour.GREEN).state()).isEqualTo("canary");
        assertThat(routing().explain("app-7").colour()).isEqualTo("green");
        assertThat(routing().explain("app-7").reason()).isEqualTo("pinned");
        RouteDecision other = routing().explain("some-other-instance");
        assertThat(other.bucket()).isNotNull();
        assertThat(other.colour()).isEqualTo(other.bucket() < 10_000 ? "green" : "blue");
        AuditEntry last = lastAudit();
        assertThat(last.action()).isEqualTo("canary");
        assertThat(last.actor()).isEqualTo("alice");
        assertThat(last.generation()).isEqualTo(after.generation());
    }

    @Test
    void raisingTheShareKeepsTheSaltSoNoInstanceMovesBack() {
        routing().canary("alice", List.of(), 10.0, null, null);
        List<String> names = IntStream.range(0, 2_000).mapToObj(i -> "pod-" + i).toList();
        List<String> atTen = names.stream().filter(n -> "green".equals(routing().table().route(n).colour())).toList();

        routing().canary("alice", List.of(), 25.0, null, null);
        RoutingTable atTwentyFive = routing().table();

        assertThat(atTen).isNotEmpty().allSatisfy(n -> assertThat(atTwentyFive.route(n).colour()).isEqualTo("green"));
    }

    @Test
    void abortSendsEveryoneBackAndKeepsTheReleaseDeployed() {
        routing().canary("alice", List.of("app-7"), 50.0, null, null);

        RoutingSnapshot after = routing().abort("bob", "errors on checkout", null);

        assertThat(after.canary()).isNull();
        assertThat(after.colour(Colour.GREEN).state()).isEqualTo("deployed");
        assertThat(routing().explain("app-7").colour()).isEqualTo("blue");
        assertThat(lastAudit().action()).isEqualTo("abort");
        assertThatThrownBy(() -> routing().abort("bob", null, null))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.NO_CANARY));
    }

    @Test
    void promotingACanaryMakesItEveryonesAndClearsThePins() {
        routing().canary("alice", List.of("app-7"), 5.0, null, null);

        RoutingSnapshot after = routing().promote("alice", null, null);

        assertThat(after.active()).isEqualTo("green");
        assertThat(after.canary()).isNull();
        assertThat(after.colour(Colour.BLUE).state()).isEqualTo("standby");
        assertThat(routing().explain("app-7").colour()).isEqualTo("green");
        assertThat(routing().explain("app-7").reason()).isEqualTo("active");
    }

    @Test
    void rollbackAndDeployAreRefusedWhileACanaryRuns() {
        routing().canary("alice", List.of("app-7"), null, null, null);
        Path next = Fixtures.copy(Fixtures.FACADE_1_1_0);
        Fixtures.append(next.resolve("010_reference_views.sql"), "\n-- 1.2.0\n");

        assertThatThrownBy(() -> deploy(next, "1.2.0"))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.TARGET_IN_USE));
        assertThatThrownBy(() -> routing().rollback("alice", null, null))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.NOTHING_TO_ROLL_BACK))
                .hasMessageContaining("use 'abort'");
        assertThat(routing().snapshot().colour(Colour.GREEN).release()).isEqualTo("1.1.0");
        assertThat(routing().snapshot().active()).isEqualTo("blue");
    }

    @Test
    void aCanaryNeedsANewReleaseAndSaneInput() {
        routing().promote("alice", null, null);

        assertThatThrownBy(() -> routing().canary("alice", List.of("app-1"), null, null, null))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.NOTHING_TO_CANARY))
                .hasMessageContaining("the previous release");
        assertThatThrownBy(() -> routing().canary("alice", List.of(), 120.0, null, null))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.BAD_REQUEST));
        assertThatThrownBy(() -> routing().canary("alice", List.of(), 0.0, null, null))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.BAD_REQUEST));
        assertThatThrownBy(() -> routing().canary("alice", List.of("bad\nname"), null, null, null))
                .isInstanceOfSatisfying(RoutingException.class,
                        e -> assertThat(e.reason()).isEqualTo(RoutingErrorCode.BAD_REQUEST));
    }

    private AuditEntry lastAudit() {
        List<AuditEntry> entries = audit().all();
        return entries.get(entries.size() - 1);
    }
}
