package io.facadeswitch.proxy;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what this replica's proxy counted since its last flush into {@code facade_switch.proxy_samples},
 * one row per (colour, instance) that saw traffic, so the canary analysis can sum every replica's
 * figures for a window. A flush that fails is not lost: the next one covers it too. An error asks
 * for a flush soon, since a broken facade must reach the analysis within moments.
 */
final class ProxyFigures implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyFigures.class);
    private static final long SOON_MILLIS = 100;
    private static final String INSERT = """
            INSERT INTO facade_switch.proxy_samples (replica, colour, instance, statements, errors, requests,
                                                     latency_sum_ms, latency_sq_ms, sqlstates)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""";

    private final ProxyMetrics metrics;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final String replica;
    private final Duration interval;
    private final AtomicBoolean soonQueued = new AtomicBoolean();
    private ScheduledExecutorService flusher;

    ProxyFigures(ProxyMetrics metrics, DataSource dataSource, ObjectMapper json, String replica, Duration interval) {
        this.metrics = metrics;
        this.dataSource = dataSource;
        this.json = json;
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

    /** A flush within about 100 ms, coalesced: any number of calls queue at most one. */
    void soon() {
        ScheduledExecutorService running = flusher;
        if (running != null && soonQueued.compareAndSet(false, true)) {
            try {
                running.schedule(() -> {
                    soonQueued.set(false);
                    flushQuietly();
                }, SOON_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                soonQueued.set(false);
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException | SQLException | IOException e) {
            LOG.warn("could not write the proxy's figures for the canary analysis ({}); the next flush will"
                    + " include them", e.getMessage());
        }
    }

    /** Writes every (colour, instance)'s figures since the last flush that succeeded. */
    synchronized void flush() throws SQLException, IOException {
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
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false); // all rows or none, so a retry never counts one twice
            for (int i = 0; i < changed.size(); i++) {
                InstanceMeters meters = changed.get(i);
                FigureTotals delta = deltas.get(i);
                insert.setString(1, replica);
                insert.setString(2, meters.colour());
                insert.setString(3, meters.instance());
                insert.setLong(4, delta.statements());
                insert.setLong(5, delta.errors());
                insert.setLong(6, delta.requests());
                insert.setDouble(7, delta.latencySumMs());
                insert.setDouble(8, delta.latencySqMs());
                insert.setString(9, json.writeValueAsString(delta.errorsBySqlState()));
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
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
