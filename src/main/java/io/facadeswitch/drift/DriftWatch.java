package io.facadeswitch.drift;

import io.facadeswitch.notify.RolloutEvent;
import io.facadeswitch.notify.RolloutEventKind;
import io.facadeswitch.notify.WebhookNotifier;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}'s watch: checks every layer each {@code facade.drift.interval}, keeps
 * {@code facade_switch_drift_objects{layer}} at the undecided differences found, and tells the
 * webhooks (event {@code drift-detected}) and the log when a difference appears that the previous
 * check had not seen. Each replica watches; the first check after a start reports what is there.
 */
@Singleton
public final class DriftWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DriftWatch.class);
    private static final long FIRST_CHECK_MILLIS = 5_000;

    private final DriftCheck check;
    private final DriftSettings settings;
    private final WebhookNotifier notifier;
    private final Map<DriftLayer, AtomicInteger> objects = new EnumMap<>(DriftLayer.class);
    private Set<String> seen = Set.of();
    private ScheduledExecutorService ticker;
    private String lastFailure;

    DriftWatch(DriftCheck check, DriftSettings settings, WebhookNotifier notifier, MeterRegistry metrics) {
        this.check = check;
        this.settings = settings;
        this.notifier = notifier;
        for (DriftLayer layer : DriftLayer.values()) {
            AtomicInteger count = new AtomicInteger();
            objects.put(layer, count);
            Gauge.builder("facade_switch_drift_objects", count, AtomicInteger::get)
                    .description("undecided differences from the record found by the last drift check")
                    .tag("layer", layer.label()).register(metrics);
        }
    }

    public synchronized void start() {
        if (ticker != null || settings.interval().isZero()) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "facade-switch-drift");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.interval().toMillis();
        // Not at once: start-up has the pool to itself, and the first figures come within seconds anyway.
        long first = Math.min(every, FIRST_CHECK_MILLIS);
        ticker.scheduleWithFixedDelay(this::checkQuietly, first, every, TimeUnit.MILLISECONDS);
        LOG.info("watching for drift: a check every {} ms", every);
    }

    /** One check now, on the caller's thread; what the scheduled watch runs. */
    DriftReport checkNow() {
        DriftReport report = check.check();
        for (DriftLayer layer : DriftLayer.values()) {
            objects.get(layer).set(report.byLayer().getOrDefault(layer.label(), 0));
        }
        List<DriftItem> open = report.unresolved();
        Set<String> now = new HashSet<>();
        open.forEach(item -> now.add(item.layer() + " " + item.scope() + " " + item.key() + " " + item.state()));
        List<DriftItem> fresh = open.stream().filter(item -> !seen.contains(item.layer() + " " + item.scope() + " "
                + item.key() + " " + item.state())).toList();
        seen = now;
        if (!fresh.isEmpty()) {
            String summary = fresh.stream().limit(10).map(DriftService::describe).collect(Collectors.joining("; "))
                    + (fresh.size() > 10 ? "; and " + (fresh.size() - 10) + " more" : "");
            LOG.warn("drift: {} new difference(s) from the record: {}. Run 'drift' to see them and decide", fresh.size(),
                    summary);
            String authors = fresh.stream().filter(item -> item.capture() != null)
                    .map(item -> item.capture().sessionUser()).distinct().collect(Collectors.joining(", "));
            // The body's colour field names the colours that drifted; core and reference drift have none.
            String scopes = fresh.stream().filter(item -> item.layer().equals(DriftLayer.COLOUR.label()))
                    .map(DriftItem::scope).distinct().collect(Collectors.joining(", "));
            notifier.publish(new RolloutEvent(RolloutEventKind.DRIFT_DETECTED, 0, "", scopes, "drifted", null,
                    authors.isEmpty() ? "unknown" : authors, summary, Instant.now()));
        }
        return report;
    }

    private void checkQuietly() {
        try {
            checkNow();
            int pruned = check.prune(settings.captureRetention());
            if (pruned > 0) {
                LOG.debug("deleted {} captured DDL statement(s) older than {}", pruned, settings.captureRetention());
            }
            lastFailure = null;
        } catch (Throwable e) { // anything escaping would cancel every later check
            String failure = String.valueOf(e.getMessage());
            if (!failure.equals(lastFailure)) {
                LOG.warn("the drift check failed ({}); it tries again every {} ms", failure,
                        settings.interval().toMillis());
            }
            lastFailure = failure;
        }
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }
}
