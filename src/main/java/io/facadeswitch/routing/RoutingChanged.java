package io.facadeswitch.routing;

/** A routing change this process has just committed. */
public record RoutingChanged(long generation) {
}
