package io.facadeswitch.facade;

import io.facadeswitch.FacadeSwitchSettings;
import io.facadeswitch.db.SqlErrors;
import io.facadeswitch.replica.ReplicaRepository;
import io.facadeswitch.routing.RoutingSettings;
import io.facadeswitch.routing.RoutingTable;
import io.facadeswitch.routing.RoutingWatcher;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who drops the colour a deploy replaced ({@link RetiredColours}), and when.
 *
 * <p>When a {@code serve} replica is live, the deploy commits and returns, and serve drops the
 * retired schema in the background. It does so on the routing change that the deploy makes, and
 * once a minute for any that a killed command left behind. When no replica is live, the deploy
 * drops it before it returns. A deploy or migration that still finds a retired schema first waits
 * for any drop under way and drops the rest. A retired view may depend on a core column that a
 * migration changes. And a drop beside a large build would share the server's lock table with it.
 */
@Singleton
public final class RetiredColourCleanup implements AutoCloseable {

    /** How long a deploy or migration waits for a drop that another process has under way. */
    private static final Duration WAIT_FOR_OTHERS = Duration.ofMinutes(2);
    private static final long SWEEP_EVERY_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(RetiredColourCleanup.class);

    private final DataSource dataSource;
    private final FacadeSwitchSettings settings;
    private final ReplicaRepository replicas;
    private final RoutingSettings routing;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Consumer<RoutingTable> onChange = table -> sweepSoon();
    private volatile ScheduledExecutorService sweeper;
    private RoutingWatcher watcher;
    /** Touched by the sweeper's thread only. */
    private String lastFailure;

    RetiredColourCleanup(DataSource dataSource, FacadeSwitchSettings settings, ReplicaRepository replicas,
                         RoutingSettings routing) {
        // Unwrapped: each drop runs in transactions of its own, outside any caller's.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.settings = settings;
        this.replicas = replicas;
        this.routing = routing;
    }

    /** Before a deploy or a migration: waits for a drop under way elsewhere, then drops what is still retired. */
    public void dropLeftovers() {
        RetiredColours.dropAll(dataSource, settings.ddlLockTimeout(), WAIT_FOR_OTHERS);
    }

    /**
     * After a deploy's commit: leaves the colour it replaced to a live serve replica, or drops it
     * now. True when it was left to serve.
     */
    boolean afterDeploy() {
        boolean served;
        try {
            served = !replicas.live(routing.liveWithinSeconds()).isEmpty();
        } catch (RuntimeException e) {
            LOG.debug("could not read the live replicas ({}); dropping the replaced colour here", e.getMessage());
            served = false;
        }
        if (!served) {
            RetiredColours.dropAll(dataSource, settings.ddlLockTimeout());
        }
        return served;
    }

    /** In {@code serve}: drops retired schemas after each routing change and once a minute, on a thread of its own. */
    public synchronized void start(RoutingWatcher routingWatcher) {
        if (sweeper != null) {
            return;
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "facade-switch-retired-colours");
            thread.setDaemon(true);
            return thread;
        });
        watcher = routingWatcher;
        watcher.onChange(onChange);
        sweeper.scheduleWithFixedDelay(this::sweepSoon, 0, SWEEP_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void sweepSoon() {
        ScheduledExecutorService running = sweeper;
        if (running == null || !queued.compareAndSet(false, true)) {
            return; // a sweep is queued already: it will see this change's schema too
        }
        try {
            running.execute(this::sweep);
        } catch (RejectedExecutionException stopping) {
            queued.set(false);
        }
    }

    /** One sweep, on the sweeper's thread. A failure that repeats the last one is logged at debug level only. */
    private void sweep() {
        queued.set(false);
        try {
            int dropped = RetiredColours.dropAllOrThrow(dataSource, settings.ddlLockTimeout(), Duration.ZERO);
            lastFailure = null;
            if (dropped > 0) {
                LOG.info("dropped {} retired colour schema(s) that deploys replaced", dropped);
            }
        } catch (SQLException | RuntimeException e) {
            String failure = SqlErrors.describe(e);
            if (failure.equals(lastFailure)) {
                LOG.debug("still cannot drop a retired colour schema: {}", failure);
            } else {
                LOG.warn("could not drop a retired colour schema that a deploy replaced ({}); the next deploy or"
                        + " migration drops it. This replica's database user must be a member of the colours' owner"
                        + " roles to drop them itself", failure);
            }
            lastFailure = failure;
        }
    }

    @Override
    public synchronized void close() {
        if (sweeper == null) {
            return;
        }
        watcher.removeListener(onChange);
        sweeper.shutdownNow();
        try {
            sweeper.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sweeper = null;
    }
}
