package io.facadeswitch.replica;

import io.facadeswitch.routing.PollListener;
import io.facadeswitch.routing.RoutingSettings;
import io.facadeswitch.routing.RoutingWatcher;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This replica's row in {@code facade_switch.replicas}, so that others see it is alive, which
 * generation it applies and what its proxy holds. Written when the server starts (before its start
 * returns), after each poll of the routing watcher and soon after the proxy asks; removed when the
 * watcher stops. Once a minute it also forgets the rows of replicas not heard from for
 * {@code facade.routing.replica-expiry}, killed without leaving.
 */
@Singleton
public final class ReplicaHeartbeat implements AutoCloseable {

    /** How often a replica clears the rows of replicas gone without leaving. */
    private static final long EXPIRY_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaHeartbeat.class);

    private final ReplicaRepository replicas;
    private final RoutingWatcher watcher;
    private final RoutingSettings settings;
    private final JsonMapper json;
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final Instant startedAt = Instant.now();
    private final ExecutorService reporter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "facade-switch-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean reportQueued = new AtomicBoolean();
    private final PollListener beat = new PollListener() {
        @Override
        public void polled() {
            onPoll();
        }

        @Override
        public void stopped() {
            leave();
        }
    };
    private volatile Supplier<ProxyReport> proxyReport;
    private volatile boolean running;
    private volatile String host;
    private volatile Integer httpPort;
    /** Touched by the watcher's thread only. */
    private long lastExpiry = System.nanoTime() - EXPIRY_EVERY_NANOS - 1;

    ReplicaHeartbeat(ReplicaRepository replicas, RoutingWatcher watcher, RoutingSettings settings, JsonMapper json) {
        this.replicas = replicas;
        this.watcher = watcher;
        this.settings = settings;
        this.json = json;
    }

    /**
     * Registers this replica, before returning, and keeps its row current with the watcher's polls
     * from then on; the watcher must be started. {@code port} is this replica's HTTP port.
     */
    public synchronized void start(Integer port) {
        if (running) {
            return;
        }
        httpPort = port;
        host = hostName(); // here, not at construction: a CLI command never needs the (possibly slow) lookup
        write();
        running = true;
        watcher.onPoll(beat);
    }

    /** This replica's id: its row's, its proxy's figures' and its LISTEN connection's name. One per context. */
    public String replicaId() {
        return id;
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

    /** On the watcher's thread; a failure is the poll's, logged by the watcher. */
    private void onPoll() {
        heartbeat();
        if (System.nanoTime() - lastExpiry > EXPIRY_EVERY_NANOS) {
            lastExpiry = System.nanoTime();
            int gone = replicas.expire(settings.replicaExpiry().toMillis() / 1000.0);
            if (gone > 0) {
                LOG.info("forgot {} replica(s) not heard from for {}", gone, settings.replicaExpiry());
            }
        }
    }

    /** A heartbeat while registered: none after {@link #leave()}, which would register the replica again. */
    private synchronized void heartbeat() {
        if (running) {
            write();
        }
    }

    /** One writer at a time, each writing what is true when it writes, so the last write is the newest. */
    private synchronized void write() {
        Supplier<ProxyReport> report = proxyReport;
        String proxy = null;
        if (report != null) {
            try {
                proxy = json.writeValueAsString(report.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        replicas.heartbeat(id, host, httpPort, startedAt, watcher.current().generation(), watcher.appliedAt(),
                watcher.listening(), proxy);
    }

    /** Deregisters: when the watcher stops, or the context closes first. */
    private void leave() {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
        }
        reporter.shutdownNow();
        watcher.removePollListener(beat);
        // Called on the watcher's thread as it stops, which close() interrupted: a pool that has to
        // wait for a connection would refuse an interrupted thread, and the goodbye would be lost.
        boolean interrupted = Thread.interrupted();
        try {
            replicas.leave(id);
        } catch (RuntimeException e) {
            LOG.debug("could not deregister replica {}: {}", id, e.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    @PreDestroy
    public void close() {
        leave();
        reporter.shutdownNow();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
