package io.facadeswitch.canary;

import io.facadeswitch.notify.RolloutEvent;
import io.facadeswitch.routing.RoutingSnapshot;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one locked transaction did to a rollout: the rollout after it, the routing it committed (to
 * announce once committed) and the events to send (only once committed, and never in the way).
 */
final class RolloutChange {

    Rollout rollout;
    @Nullable
    RoutingSnapshot routing;
    final List<RolloutEvent> events = new ArrayList<>();

    RolloutChange(Rollout rollout) {
        this.rollout = rollout;
    }
}
