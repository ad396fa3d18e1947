package io.facadeswitch.routing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
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
    private static final Logger LOG = LoggerFactory.getLogger(RoutingWatcher.class);

    private final DataSource dataSource;
    private final RoutingService routing;
    private final ReplicaRepository replicas;
    private final RoutingSettings settings;
    private final MeterRegistry metrics;
    private final Timer propagation;
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String host = hostName();
    private final List<Consumer<RoutingTable>> listeners = new CopyOnWriteArrayList<>();

    private volatile RoutingTable table;
    private volatile Instant appliedAt = Instant.now();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Integer httpPort;
    private final Instant startedAt = Instant.now();
    private Thread thread;
    private Connection listener;

    RoutingWatcher(DataSource dataSource, RoutingService routing, ReplicaRepository replicas,
                   RoutingSettings settings, MeterRegistry metrics) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.routing = routing;
        this.replicas = replicas;
        this.settings = settings;
        this.metrics = metrics;
        this.propagation = Timer.builder("facade_switch_propagation_delay")
                .description("time from a routing change's commit to this replica applying it")
                .publishPercentileHistogram().register(metrics);
    }

    /** Starts following changes; {@code port} is this replica's HTTP port, for the replicas table. */
    public synchronized void start(Integer port) {
        if (running) {
            return;
        }
        httpPort = port;
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
        replicas.heartbeat(id, host, httpPort, startedAt, table.generation(), appliedAt, false);
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

    /** Called with each new table, on the watcher's thread (the proxy will subscribe here). */
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
                        PGNotification[] notes = listener.unwrap(PGConnection.class).getNotifications(waitMillis);
                        if (notes != null && notes.length > 0) {
                            refresh();
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

    /**
     * A connection of its own, outside the pool: it stays in LISTEN for the replica's life and is
     * closed for real, so no pooled connection is left listening or short for the API.
     */
    private Connection openListenConnection() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari) {
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }

    private void listen() throws SQLException {
        Connection connection = openListenConnection();
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

    private void poll() {
        try {
            if (routing.generation() != current().generation()) {
                refresh();
            }
            replicas.heartbeat(id, host, httpPort, startedAt, current().generation(), appliedAt, listening);
        } catch (RuntimeException e) {
            LOG.warn("routing poll failed: {}", e.getMessage());
        }
    }

    private void refresh() {
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
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
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
