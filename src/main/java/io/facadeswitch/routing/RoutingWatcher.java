package io.facadeswitch.routing;

import io.facadeswitch.db.UnpooledConnections;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica's routing current: LISTENs for the NOTIFY every routing change sends, and
 * polls the generation every {@code facade.routing.poll-interval} as the safety net, since
 * notifications sent while the listener is disconnected are lost. Whatever keeps time with the
 * polls (a heartbeat, say) joins as a {@link PollListener}.
 */
@Singleton
public final class RoutingWatcher implements AutoCloseable {

    public static final String CHANNEL = "facade_switch_routing";
    /**
     * Any role may NOTIFY any channel, so a notification is only a hint: it costs at most one read
     * of the generation per 20 ms (a flood of them is coalesced), and the routing is read only
     * when the generation is newer.
     */
    private static final long MIN_CHECK_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final Logger LOG = LoggerFactory.getLogger(RoutingWatcher.class);

    private final UnpooledConnections connections;
    private final RoutingService routing;
    private final RoutingSettings settings;
    private final MeterRegistry metrics;
    private final Timer propagation;
    private final List<Consumer<RoutingTable>> listeners = new CopyOnWriteArrayList<>();
    private final List<PollListener> pollListeners = new CopyOnWriteArrayList<>();
    private final Object applyLock = new Object();

    private volatile RoutingTable table;
    private volatile Instant appliedAt = Instant.now();
    private volatile boolean listening;
    private volatile boolean running;
    private String name;
    private Thread thread;
    private Connection listener;
    /** A notification hinted at a newer generation; the check waits for the gap since the last one. */
    private boolean checkPending;
    private long lastNotifiedCheck = System.nanoTime() - MIN_CHECK_GAP_NANOS;
    private final Counter notifiedChecks;

    RoutingWatcher(UnpooledConnections connections, RoutingService routing, RoutingSettings settings,
                   MeterRegistry metrics) {
        this.connections = connections;
        this.routing = routing;
        this.settings = settings;
        this.metrics = metrics;
        this.notifiedChecks = Counter.builder("facade_switch_routing_notified_checks")
                .description("generation reads caused by notifications (coalesced to one per 20 ms)").register(metrics);
        this.propagation = Timer.builder("facade_switch_propagation_delay")
                .description("time from a routing change being written (its clock_timestamp) to this replica applying it")
                .publishPercentileHistogram().register(metrics);
    }

    /**
     * Starts following changes; {@code name} names the watcher's thread and its LISTEN connection's
     * application_name ({@code facade-switch-listener-<name>}), so that an operator can tell in
     * pg_stat_activity whose connection it is.
     */
    public synchronized void start(String name) {
        if (running) {
            return;
        }
        this.name = name;
        table = routing.table();
        appliedAt = Instant.now();
        Gauge.builder("facade_switch_generation", () -> table.generation())
                .description("routing generation this replica applies").register(metrics);
        Gauge.builder("facade_switch_canary_percent", () -> table.canaryColour() == null ? 0 : table.canaryPercent())
                .description("sticky share of instances routed to the canary colour").register(metrics);
        for (Colour colour : Colour.values()) {
            Gauge.builder("facade_switch_active", () -> table.active() == colour ? 1 : 0).tag("colour", colour.label())
                    .description("1 for the active colour").register(metrics);
        }
        running = true;
        thread = new Thread(this::follow, "facade-switch-routing-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The routing this replica applies now. */
    public RoutingTable current() {
        RoutingTable now = table;
        return now != null ? now : routing.table();
    }

    /** When this replica applied its current generation. */
    public Instant appliedAt() {
        return appliedAt;
    }

    public boolean listening() {
        return listening;
    }

    /** A change committed by this process: applied at once, on the committing thread. */
    @EventListener
    void onLocalChange(RoutingChanged change) {
        if (running && change.generation() > current().generation()) {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("could not apply local routing change {} at once ({}); the watcher will", change.generation(),
                        e.getMessage());
            }
        }
    }

    public void removeListener(Consumer<RoutingTable> listener) {
        listeners.remove(listener);
    }

    /** Called with each new table, on the watcher's thread. */
    public void onChange(Consumer<RoutingTable> listener) {
        listeners.add(listener);
    }

    /** Called after each poll and when the watcher stops, on the watcher's thread. */
    public void onPoll(PollListener listener) {
        pollListeners.add(listener);
    }

    public void removePollListener(PollListener listener) {
        pollListeners.remove(listener);
    }

    /**
     * The watcher thread: the only one that touches the LISTEN connection. Nothing that fails in
     * one pass (a refresh without a free connection, a listener's callback) may end the thread:
     * the next pass polls again.
     */
    private void follow() {
        long pollMillis = Math.max(10, settings.pollInterval().toMillis());
        // pgjdbc's wait for notifications ignores interrupts: keep each wait short so close() is prompt.
        int waitMillis = (int) Math.min(pollMillis, 500);
        long nextPoll = 0;
        long nextListen = 0;
        try {
            while (running) {
                try {
                    if (listener == null && System.currentTimeMillis() >= nextListen) {
                        listen();
                    }
                    if (listener != null) {
                        long sinceCheck = System.nanoTime() - lastNotifiedCheck;
                        int wait = checkPending ? (int) Math.max(1, (MIN_CHECK_GAP_NANOS - sinceCheck) / 1_000_000)
                                : waitMillis;
                        PGNotification[] notes = listener.unwrap(PGConnection.class).getNotifications(Math.min(wait,
                                waitMillis));
                        if (notes != null && notes.length > 0 && hintsNewer(notes)) {
                            checkPending = true;
                        }
                        if (checkPending && System.nanoTime() - lastNotifiedCheck >= MIN_CHECK_GAP_NANOS) {
                            checkPending = false;
                            lastNotifiedCheck = System.nanoTime();
                            notifiedChecks.increment();
                            if (routing.generation() > current().generation()) {
                                refresh();
                            }
                        }
                    } else {
                        Thread.sleep(Math.min(waitMillis, 100));
                    }
                } catch (SQLException e) {
                    LOG.warn("routing notifications lost ({}); polling every {} ms until listening again",
                            e.getMessage(), pollMillis);
                    closeListener();
                    nextListen = System.currentTimeMillis() + settings.listenRetry().toMillis();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.warn("routing refresh failed ({}); retrying at the next poll", e.getMessage());
                    nextPoll = 0;
                }
                if (running && System.currentTimeMillis() >= nextPoll) {
                    poll();
                    nextPoll = System.currentTimeMillis() + pollMillis;
                }
            }
        } finally {
            closeListener();
            for (PollListener each : pollListeners) {
                try {
                    each.stopped();
                } catch (RuntimeException e) {
                    LOG.debug("a poll listener failed on stopping: {}", e.getMessage());
                }
            }
        }
    }

    private void listen() throws SQLException {
        Connection connection = connections.open(new Properties());
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET application_name = 'facade-switch-listener-" + name + "'");
                statement.execute("LISTEN " + CHANNEL);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close(); // or a retry every second would leak one connection a second
            throw e;
        }
        listener = connection;
        listening = true;
        refresh(); // changes made while not listening
    }

    /**
     * Whether any notification may mean a newer generation: ours carry the generation; a payload
     * at or below the one applied means nothing new, anything else (another sender's text) is
     * checked, coalesced.
     */
    private boolean hintsNewer(PGNotification[] notes) {
        long applied = current().generation();
        for (PGNotification note : notes) {
            try {
                if (Long.parseLong(note.getParameter().trim()) > applied) {
                    return true;
                }
            } catch (NumberFormatException | NullPointerException notOurs) {
                return true;
            }
        }
        return false;
    }

    private void poll() {
        try {
            if (routing.generation() != current().generation()) {
                refresh();
            }
            for (PollListener each : pollListeners) {
                each.polled();
            }
        } catch (RuntimeException e) {
            LOG.warn("routing poll failed: {}", e.getMessage());
        }
    }

    /**
     * The watcher thread and a committing thread may both refresh: one at a time, each table
     * applied once. A lock of its own, so that applying never waits for a poll listener.
     */
    private void refresh() {
        synchronized (applyLock) {
            applyFresh();
        }
    }

    private void applyFresh() {
        RoutingTable fresh = routing.table();
        RoutingTable old = table;
        if (old != null && fresh.generation() <= old.generation()) {
            return;
        }
        table = fresh;
        appliedAt = Instant.now();
        Duration delay = Duration.between(fresh.changedAt(), appliedAt);
        propagation.record(delay.isNegative() ? Duration.ZERO : delay);
        LOG.debug("applied routing generation {} after {} ms", fresh.generation(), delay.toMillis());
        for (Consumer<RoutingTable> listener : listeners) {
            try {
                listener.accept(fresh);
            } catch (RuntimeException e) {
                LOG.warn("a routing listener failed on generation {}: {}", fresh.generation(), e.getMessage());
            }
        }
    }

    private void closeListener() {
        listening = false;
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException ignored) {
                // already broken; nothing to release
            }
            listener = null;
        }
    }

    /** Stops the watcher thread, which closes its connection and tells the poll listeners on its way out. */
    @Override
    @PreDestroy
    public void close() {
        Thread following;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            following = thread;
        }
        following.interrupt();
        try {
            following.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
