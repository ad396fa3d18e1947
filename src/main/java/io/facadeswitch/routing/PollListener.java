package io.facadeswitch.routing;

/**
 * Keeps time with the routing watcher: called on the watcher's thread after each poll of the
 * generation (every {@code facade.routing.poll-interval}), and once when the watcher stops. A
 * failure in {@link #polled()} is logged with the poll's and tried again at the next one.
 */
public interface PollListener {

    /** The watcher has polled, and applied any newer generation it found. */
    void polled();

    /** The watcher has stopped following the routing and closed its connection. */
    void stopped();
}
