package io.facadeswitch.health;

import io.facadeswitch.db.UnpooledConnections;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this replica can reach its database, known at any moment without asking it: a thread
 * of its own runs {@code SELECT 1} every {@code facade.health.probe-interval} on a connection
 * outside the pool (so a busy pool never looks like an outage, and an outage never holds a
 * pooled connection), and the answer is what the last probe found. A probe still waiting after
 * {@code facade.health.probe-timeout} counts as a failure from that moment: a server that is
 * stopped refuses at once, one behind a broken network never answers, and neither may make a
 * caller wait.
 */
@Singleton
public final class DatabaseProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);

    private final UnpooledConnections connections;
    private final HealthSettings settings;
    private final Set<Runnable> onUnavailable = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread = daemon("facade-switch-db-probe");
    /** Tells the listeners when the answer turns, also while a probe hangs (its own thread is stuck then). */
    private final ScheduledExecutorService watch = daemon("facade-switch-db-watch");
    private volatile boolean reported;

    private volatile boolean started;
    private volatile boolean lastOk;
    /** System.nanoTime() when the probe in flight began, 0 when none is. */
    private volatile long probeStarted;
    private volatile String problem = "not checked yet";
    private Connection connection;

    DatabaseProbe(UnpooledConnections connections, HealthSettings settings, MeterRegistry metrics) {
        this.connections = connections;
        this.settings = settings;
        Gauge.builder("facade_switch_database_available", () -> available() ? 1 : 0)
                .description("1 while this replica's probe reaches the control database").register(metrics);
    }

    /** Probes once now (so a replica starts with an answer), then every interval. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        try {
            thread.submit(this::probe).get(settings.probeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notYet) {
            // unavailable until a probe succeeds; the schedule below keeps trying
        }
        long interval = settings.probeInterval().toMillis();
        thread.scheduleWithFixedDelay(this::probe, interval, interval, TimeUnit.MILLISECONDS);
        reported = available();
        long step = Math.max(20, settings.probeTimeout().toMillis() / 10);
        watch.scheduleWithFixedDelay(this::watch, step, step, TimeUnit.MILLISECONDS);
    }

    private void watch() {
        boolean now = available();
        if (reported && !now) {
            onUnavailable.forEach(Runnable::run);
        }
        reported = now;
    }

    private static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** True when the last probe reached the database and none has been waiting longer than the timeout. */
    public boolean available() {
        long since = probeStarted;
        if (since != 0 && System.nanoTime() - since > settings.probeTimeout().toNanos()) {
            return false;
        }
        return lastOk;
    }

    /** Why the database counts as unavailable, in words safe to show (no host, user or driver text). */
    public String problem() {
        return available() ? null : probeStarted != 0 ? "no answer within " + settings.probeTimeout().toMillis()
                + " ms" : problem;
    }

    /** Called, on a thread of the probe's, when the database becomes unavailable. */
    public void onUnavailable(Runnable listener) {
        onUnavailable.add(listener);
    }

    public void removeListener(Runnable listener) {
        onUnavailable.remove(listener);
    }

    /** Whether the probe has been started (it runs only in a serving replica). */
    public boolean started() {
        return started;
    }

    private void probe() {
        boolean wasOk = lastOk;
        probeStarted = System.nanoTime();
        boolean ok = false;
        try {
            if (connection == null) {
                connection = connections.open(timeouts());
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET application_name = 'facade-switch-probe'");
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(timeoutSeconds());
                statement.execute("SELECT 1");
            }
            ok = true;
        } catch (SQLException | RuntimeException e) {
            problem = "the control database cannot be reached (SQLSTATE " + sqlState(e) + ")";
            if (wasOk) {
                LOG.warn("the control database cannot be reached: {}; answering 503 until it can", e.getMessage());
            }
            closeConnection();
        } finally {
            lastOk = ok;
            probeStarted = 0;
        }
        if (ok && !wasOk && started) {
            LOG.info("the control database can be reached again");
        }
    }

    /** Socket-level bounds, so a probe on a dead network ends and the next one can reconnect. */
    private Properties timeouts() {
        Properties properties = new Properties();
        String seconds = String.valueOf(timeoutSeconds() + 1);
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("socketTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, (settings.probeTimeout().toMillis() + 999) / 1000);
    }

    private static String sqlState(Exception e) {
        return e instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "none";
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    @Override
    @PreDestroy
    public void close() {
        watch.shutdownNow();
        thread.shutdownNow();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
