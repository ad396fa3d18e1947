package io.facadeswitch.proxy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands what this replica's proxy counted since its last flush to {@link ProxySamples}, one sample
 * per (colour, instance) that saw traffic, so the canary analysis can sum every replica's figures
 * for a window. A flush that fails is not lost: the next one covers it too. An error that may mean
 * a broken facade asks for a flush soon, since it must reach the analysis within moments.
 */
final class ProxyFigures implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyFigures.class);
    private static final long SOON_MILLIS = 100;

    private final ProxyMetrics metrics;
    private final ProxySamples samples;
    private final String replica;
    private final Duration interval;
    private final AtomicBoolean soonQueued = new AtomicBoolean();
    private ScheduledExecutorService flusher;

    ProxyFigures(ProxyMetrics metrics, ProxySamples samples, String replica, Duration interval) {
        this.metrics = metrics;
        this.samples = samples;
        this.replica = replica;
        this.interval = interval;
    }

    synchronized void start() {
        flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "facade-proxy-figures");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** An ErrorResponse went to a client; the sink decides whether it is worth a flush now. */
    void error(String sqlState) {
        if (samples.urgent(sqlState)) {
            soon();
        }
    }

    /** A flush within about 100 ms, coalesced: any number of calls queue at most one. */
    void soon() {
        ScheduledExecutorService running = flusher;
        if (running != null && soonQueued.compareAndSet(false, true)) {
            try {
                running.schedule(() -> {
                    soonQueued.set(false);
                    flushQuietly();
                }, SOON_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                soonQueued.set(false);
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (Exception e) {
            LOG.warn("could not write the proxy's figures for the canary analysis ({}); the next flush will"
                    + " include them", e.getMessage());
        }
    }

    /** Writes every (colour, instance)'s figures since the last flush that succeeded. */
    synchronized void flush() throws Exception {
        List<InstanceMeters> changed = new ArrayList<>();
        List<FigureTotals> totals = new ArrayList<>();
        List<FigureTotals> deltas = new ArrayList<>();
        metrics.forEachInstance(meters -> {
            // Connections that never got a colour (nothing deployed yet) have nothing to judge.
            if (ProxyMetrics.NO_COLOUR.equals(meters.colour())) {
                return;
            }
            FigureTotals now = meters.totals();
            FigureTotals delta = now.since(meters.flushed());
            if (!delta.isEmpty()) {
                changed.add(meters);
                totals.add(now);
                deltas.add(delta);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        List<ProxySamples.Sample> batch = new ArrayList<>(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            InstanceMeters meters = changed.get(i);
            FigureTotals delta = deltas.get(i);
            batch.add(new ProxySamples.Sample(meters.colour(), meters.instance(), delta.statements(), delta.errors(),
                    delta.requests(), delta.latencySumMs(), delta.latencySqMs(), delta.errorsBySqlState()));
        }
        samples.store(replica, batch);
        for (int i = 0; i < changed.size(); i++) {
            changed.get(i).flushedUpTo(totals.get(i));
        }
    }

    @Override
    public synchronized void close() {
        if (flusher == null) {
            return;
        }
        flusher.shutdownNow();
        flusher = null;
        flushQuietly(); // what was counted since the last flush still counts
    }
}
