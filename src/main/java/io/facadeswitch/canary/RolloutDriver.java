package io.facadeswitch.canary;

import io.facadeswitch.db.SwitchLock;
import io.facadeswitch.notify.WebhookNotifier;
import io.facadeswitch.routing.RoutingService;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the live rollout from {@code serve}: every tick, whichever replica gets the switch lock
 * first looks at it ({@link RolloutAnalysis}); the others find nothing left to do. Several replicas
 * therefore never judge the same window twice, and a replica that dies leaves the work to the rest.
 */
@Singleton
public final class RolloutDriver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RolloutDriver.class);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final RolloutAnalysis analysis;
    private final RolloutStore store;
    private final SwitchLock lock;
    private final RoutingService routing;
    private final WebhookNotifier notifier;
    private final RolloutSettings settings;
    private final TransactionOperations<Connection> transactions;
    private ScheduledExecutorService ticker;
    private Instant pruned = Instant.EPOCH;
    private String lastFailure;

    RolloutDriver(RolloutAnalysis analysis, RolloutStore store, SwitchLock lock, RoutingService routing,
                  WebhookNotifier notifier, RolloutSettings settings, TransactionOperations<Connection> transactions) {
        this.analysis = analysis;
        this.store = store;
        this.lock = lock;
        this.routing = routing;
        this.notifier = notifier;
        this.settings = settings;
        this.transactions = transactions;
    }

    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "facade-switch-rollout");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.tick().toMillis();
        ticker.scheduleWithFixedDelay(this::tickQuietly, every, every, TimeUnit.MILLISECONDS);
        LOG.info("driving rollouts: a look every {} ms", every);
    }

    private void tickQuietly() {
        try {
            tick();
            lastFailure = null;
        } catch (Throwable e) { // anything escaping would cancel every later tick of this replica
            String failure = String.valueOf(e.getMessage());
            if (!failure.equals(lastFailure)) {
                LOG.warn("the rollout analysis failed ({}); it tries again every {} ms. If this repeats, check"
                        + " 'rollout status' and the database, and steer the rollout with 'rollout pause' or"
                        + " 'rollout abort --reason ...'", failure, settings.tick().toMillis(), e);
            } else {
                LOG.debug("the rollout analysis failed again: {}", failure);
            }
            lastFailure = failure;
        }
    }

    /** One look at the live rollout; takes no lock when no canary is live. */
    void tick() {
        boolean live = transactions.executeRead(status -> store.live(status.getConnection(), false)
                .filter(RolloutAnalysis::canaryLive).isPresent());
        if (live) {
            Optional<RolloutChange> change = lock.run("rollout analysis", analysis::look);
            change.ifPresent(c -> RolloutService.committed(c, routing, notifier));
        }
        if (Instant.now().isAfter(pruned.plus(PRUNE_EVERY))) {
            pruned = Instant.now();
            int removed = transactions.executeWrite(status -> analysis.prune(status.getConnection()));
            LOG.debug("pruned {} proxy samples older than {}", removed, settings.sampleRetention());
        }
    }

    @Override
    @PreDestroy
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }
}
