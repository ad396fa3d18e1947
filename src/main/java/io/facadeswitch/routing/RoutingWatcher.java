package io.facadeswitch.routing;

import io.facadeswitch.db.UnpooledConnections;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica's routing current: LISTENs for the NOTIFY every routing change sends, and
 * polls the generation every {@code facade.routing.poll-interval} as the safety net, since
 * notifications sent while the listener is disconnected are lost. Each poll is also this
 * replica's heartbeat in {@code facade_switch.replicas}, with the generation it applies.
 */
@Singleton
public final class RoutingWatcher implements AutoCloseable {

    public static final String CHANNEL = "facade_switch_routing";
    /**
     * Any role may NOTIFY any channel, so a notification is only a hint: it costs at most one read
     * of the generation per 20 ms (a flood of them is coalesced), and the routing is read only
     * when the generation is newer.
     */
    /** How often a replica clears the rows of replicas gone without leaving. */
    private static final long EXPIRY_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final long MIN_CHECK_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final Logger LOG = LoggerFactory.getLogger(RoutingWatcher.class);

    private final UnpooledConnections connections;
    private final RoutingService routing;
    private final ReplicaRepository replicas;
    private final RoutingSettings settings;
    private final MeterRegistry metrics;
    private final Timer propagation;
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private volatile String host;
    private final List<Consumer<RoutingTable>> listeners = new CopyOnWriteArrayList<>();
    private final JsonMapper json;
    private final ExecutorService reporter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "facade-switch-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean reportQueued = new AtomicBoolean();
    private final Object applyLock = new Object();
    private volatile Supplier<ProxyReport> proxyReport;

    private volatile RoutingTable table;
    private volatile Instant appliedAt = Instant.now();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Integer httpPort;
    private final Instant startedAt = Instant.now();
    private Thread thread;
    private Connection listener;
    /** A notification hinted at a newer generation; the check waits for the gap since the last one. */
    private boolean checkPending;
    private long lastNotifiedCheck = System.nanoTime() - MIN_CHECK_GAP_NANOS;
    private final Counter notifiedChecks;
    private long lastExpiry = System.nanoTime() - EXPIRY_EVERY_NANOS - 1;

    RoutingWatcher(UnpooledConnections connections, RoutingService routing, ReplicaRepository replicas,
                   RoutingSettings settings, MeterRegistry metrics, JsonMapper json) {
        this.json = json;
        this.connections = connections;
        this.routing = routing;
        this.replicas = replicas;
        this.settings = settings;
        this.metrics = metrics;
        this.notifiedChecks = Counter.builder("facade_switch_routing_notified_checks")
                .description("generation reads caused by notifications (coalesced to one per 20 ms)").register(metrics);
        this.propagation = Timer.builder("facade_switch_propagation_delay")
                .description("time from a routing change being written (its clock_timestamp) to this replica applying it")
                .publishPercentileHistogram().register(metrics);
    }

    /** Starts following changes; {@code port} is this replica's HTTP port, for the replicas table. */
    public synchronized void start(Integer port) {
        if (running) {
            return;
        }
        httpPort = port;
        host = hostName(); // here, not at construction: a CLI command never needs the (possibly slow) lookup
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
        // Registered before start() returns: a replica is visible from its first moment.
        heartbeat();
        running = true;
        thread = new Thread(this::follow, "facade-switch-routing-" + id);
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

    public String replicaId() {
        return id;
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

    /** Adds the proxy's report to every heartbeat. */
    public void reportWith(Supplier<ProxyReport> report) {
        proxyReport = report;
    }

    /**
     * Writes a heartbeat soon, off the caller's thread: the proxy asks for one when it has applied
     * a change, so that {@code promote --wait} need not wait for the next poll. Requests that
     * arrive while one is queued share it.
     */
    public void reportSoon() {
        if (running && reportQueued.compareAndSet(false, true)) {
            try {
                reporter.execute(this::reportNow);
            } catch (RejectedExecutionException stopping) {
                reportQueued.set(false);
            }
        }
    }

    private void reportNow() {
        reportQueued.set(false);
        try {
            heartbeat();
        } catch (RuntimeException e) {
            LOG.debug("heartbeat failed: {}", e.getMessage());
        }
    }

    /** One writer at a time, each writing what is true when it writes, so the last write is the newest. */
    private synchronized void heartbeat() {
        Supplier<ProxyReport> report = proxyReport;
        String proxy = null;
        if (report != null) {
            try {
                proxy = json.writeValueAsString(report.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        replicas.heartbeat(id, host, httpPort, startedAt, current().generation(), appliedAt, listening, proxy);
    }

    public void removeListener(Consumer<RoutingTable> listener) {
        listeners.remove(listener);
    }

    /** Called with each new table, on the watcher's thread. */
    public void onChange(Consumer<RoutingTable> listener) {
        listeners.add(listener);
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
            try {
                replicas.leave(id);
            } catch (RuntimeException e) {
                LOG.debug("could not deregister replica {}: {}", id, e.getMessage());
            }
        }
    }

    private void listen() throws SQLException {
        Connection connection = connections.open(new Properties());
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET application_name = 'facade-switch-listener-" + id + "'");
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
            heartbeat();
            if (System.nanoTime() - lastExpiry > EXPIRY_EVERY_NANOS) {
                lastExpiry = System.nanoTime();
                int gone = replicas.expire(settings.replicaExpiry().toMillis() / 1000.0);
                if (gone > 0) {
                    LOG.info("forgot {} replica(s) not heard from for {}", gone, settings.replicaExpiry());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("routing poll failed: {}", e.getMessage());
        }
    }

    /**
     * The watcher thread and a committing thread may both refresh: one at a time, each table
     * applied once. A lock of its own, so that applying never waits for a heartbeat's write.
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

    /** Stops the watcher thread, which closes its connection and deregisters the replica on its way out. */
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
        reporter.shutdownNow();
        following.interrupt();
        try {
            following.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
