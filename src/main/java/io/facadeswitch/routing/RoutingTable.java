package io.facadeswitch.routing;

import java.time.Instant;
import java.util.Map;

/**
 * The routing at one generation, held in memory: what a proxy asks on every new connection.
 * Immutable; a new generation is a new table.
 */
public record RoutingTable(long generation, Instant changedAt, Colour active, Colour canaryColour,
                           double canaryPercent, String canarySalt, Map<String, Colour> pins) {

    public RoutingTable {
        pins = Map.copyOf(pins);
    }

    /**
     * The colour for a connection, as {@link #route} decides it, without the explanation: what
     * the proxy asks per connection. An anonymous connection ({@code null}) gets the active colour.
     */
    public Colour colourFor(String instance) {
        if (instance == null) {
            return active;
        }
        Colour pinned = pins.get(instance);
        if (pinned != null) {
            return pinned;
        }
        if (active != null && canaryColour != null && canaryPercent > 0
                && StickyBucket.of(canarySalt, instance) < StickyBucket.limit(canaryPercent)) {
            return canaryColour;
        }
        return active;
    }

    public RouteDecision route(String instance) {
        Colour pinned = pins.get(instance);
        if (pinned != null) {
            return new RouteDecision(instance, pinned.label(), "pinned", null, generation,
                    instance + " is pinned to " + pinned);
        }
        if (active == null) {
            return new RouteDecision(instance, null, "nothing-deployed", null, generation,
                    "no release is active yet");
        }
        if (canaryColour != null && canaryPercent > 0) {
            int bucket = StickyBucket.of(canarySalt, instance);
            int limit = StickyBucket.limit(canaryPercent);
            if (bucket < limit) {
                return new RouteDecision(instance, canaryColour.label(), "canary-share", bucket, generation,
                        instance + " is in bucket " + bucket + ", under the canary's " + canaryPercent + "% ("
                                + limit + " of " + StickyBucket.BUCKETS + " buckets): " + canaryColour);
            }
            return new RouteDecision(instance, active.label(), "active", bucket, generation, instance + " is in bucket "
                    + bucket + ", not under the canary's " + canaryPercent + "% (" + limit + " of "
                    + StickyBucket.BUCKETS + " buckets): the active colour, " + active);
        }
        return new RouteDecision(instance, active.label(), "active", null, generation,
                "no canary applies to " + instance + ": the active colour, " + active);
    }
}
