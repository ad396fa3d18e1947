package io.facadeswitch.proxy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingTable;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where a session's search_path is, and where it should be: the colour it is on, the colour the
 * routing gives its instance, and whether the client may have knocked search_path off its colour.
 * Only its session's event loop changes it; the census reads {@link #current()} racily.
 */
final class SessionColour {

    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The ParameterStatus body that says search_path is a colour's schema. */
    private static final Map<Colour, byte[]> REPORTED_PATH = new EnumMap<>(Map.of(
            Colour.BLUE, ("search_path\0" + Colour.BLUE.schema() + "\0").getBytes(StandardCharsets.US_ASCII),
            Colour.GREEN, ("search_path\0" + Colour.GREEN.schema() + "\0").getBytes(StandardCharsets.US_ASCII)));

    private final String instance;
    /** The colour of the startup packet: the session default RESET ALL goes back to. */
    private final Colour initial;
    private volatile Colour current;
    private Colour target;
    private long targetGeneration;
    private Colour moving;
    /** The client set search_path off the colour (reported by PostgreSQL 18 and later). */
    private boolean dirty;
    /** A RESET, SET or DISCARD ALL may have put search_path back on the session default. */
    private boolean inDoubt;
    private long retryAt;
    private boolean retrying;

    SessionColour(String instance, Colour colour, long generation) {
        this.instance = instance;
        this.initial = colour;
        this.current = colour;
        this.target = colour;
        this.targetGeneration = generation;
    }

    Colour current() {
        return current;
    }

    /** Cheap: might a move or a restore be due under this table? */
    boolean mayBeDue(RoutingTable table) {
        return table.generation() != targetGeneration || target != current || dirty || inDoubt;
    }

    /** Takes the instance's colour from the table, if the table is newer than the last one read. */
    void follow(RoutingTable table) {
        if (table.generation() != targetGeneration) {
            targetGeneration = table.generation();
            target = table.colourFor(instance);
        }
    }

    /** A move to the target, or a restore of search_path after a reset, is wanted. */
    boolean due() {
        return moveWanted() || inDoubt && current != null;
    }

    boolean moveWanted() {
        return target != null && (target != current || dirty);
    }

    /** A refused move waits a second before the next try. */
    boolean waitingToRetry() {
        return retrying && System.nanoTime() - retryAt < 0;
    }

    Colour startMove() {
        moving = target;
        return moving;
    }

    void moveRefused() {
        retrying = true;
        retryAt = System.nanoTime() + RETRY_NANOS;
    }

    long retryDelayNanos() {
        return RETRY_NANOS;
    }

    /** The move went through; true when it changed the colour (else it put a reset path back). */
    boolean moved() {
        retrying = false;
        dirty = false;
        inDoubt = false;
        boolean changed = moving != current;
        current = moving;
        return changed;
    }

    Colour moving() {
        return moving;
    }

    void restoreStarted() {
        inDoubt = false;
    }

    /**
     * A RESET, SET or DISCARD ALL ran (the tag does not say of what). On a connection that has
     * moved since its start, search_path may now be the start's colour again.
     */
    void mayHaveReset() {
        if (current != null && current != initial) {
            inDoubt = true;
        }
    }

    /** A ParameterStatus of search_path (PostgreSQL 18 and later): is it still the colour's? */
    void reported(byte[] body, int captured) {
        dirty |= current != null && !WireMessages.startsWith(body, captured, REPORTED_PATH.get(current));
    }
}
