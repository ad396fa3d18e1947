package io.facadeswitch.routing;

import java.util.Optional;

/**
 * What holds the routing besides an operator: a rollout in progress, which alone moves the routing
 * while it runs. Routing asks; the feature that runs rollouts answers.
 */
public interface RolloutHold {

    /**
     * The id of the rollout in progress, if any, read in the caller's transaction: under the
     * switch lock, it sees what that transaction sees.
     */
    Optional<Long> runningRollout();
}
