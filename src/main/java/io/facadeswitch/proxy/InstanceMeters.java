package io.facadeswitch.proxy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the proxy counts for one (colour, instance): created once, then only incremented on the
 * hot path, which allocates nothing (an error class's counter is made the first time it is seen).
 */
final class InstanceMeters {

    private static final int ERROR_CLASSES = 36 * 36;

    private final MeterRegistry registry;
    private final Tags tags;
    private final AtomicInteger connections = new AtomicInteger();
    private final Counter transactions;
    private final Counter statements;
    private final Timer latency;
    private final AtomicReferenceArray<Counter> errors = new AtomicReferenceArray<>(ERROR_CLASSES);
    private final String colour;
    private final String instance;
    // For the canary analysis: what the registry's meters do not keep (squares, every SQLSTATE).
    private final DoubleAdder latencySquaresMs = new DoubleAdder();
    private final LongAdder errorCount = new LongAdder();
    private final Map<String, LongAdder> errorsBySqlState = new ConcurrentHashMap<>();
    /** What the last successful flush covered; touched only by the flushing thread. */
    private FigureTotals flushed = FigureTotals.ZERO;

    InstanceMeters(MeterRegistry registry, String colour, String instance) {
        this.registry = registry;
        this.tags = Tags.of("colour", colour, "instance", instance);
        this.colour = colour;
        this.instance = instance;
        Gauge.builder("facade_proxy_connections", connections, AtomicInteger::get).tags(tags)
                .description("client connections open through the proxy").register(registry);
        transactions = Counter.builder("facade_proxy_transactions").tags(tags)
                .description("transactions ended (each ReadyForQuery with status idle)").register(registry);
        statements = Counter.builder("facade_proxy_statements").tags(tags)
                .description("statements completed, empty or failed").register(registry);
        latency = Timer.builder("facade_proxy_latency").tags(tags)
                .description("from a request leaving the client to the server being ready for the next one")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(50_000))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry);
    }

    void connected() {
        connections.incrementAndGet();
    }

    void disconnected() {
        connections.decrementAndGet();
    }

    void transaction() {
        transactions.increment();
    }

    void statement() {
        statements.increment();
    }

    void latency(long nanos) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
        double ms = nanos / 1e6;
        latencySquaresMs.add(ms * ms);
    }

    /** An ErrorResponse: off the hot path, so the SQLSTATE may be kept as text. */
    void error(int errorClass, String sqlState) {
        errorCount.increment();
        if (sqlState != null) {
            errorsBySqlState.computeIfAbsent(sqlState, s -> new LongAdder()).increment();
        }
        if (errorClass < 0 || errorClass >= ERROR_CLASSES) {
            return;
        }
        Counter counter = errors.get(errorClass);
        if (counter == null) {
            counter = Counter.builder("facade_proxy_errors").tags(tags).tag("sqlstate_class",
                            WireMessages.errorClassName(errorClass))
                    .description("ErrorResponses from the server, by SQLSTATE class").register(registry);
            errors.compareAndSet(errorClass, null, counter);
        }
        counter.increment();
    }

    String colour() {
        return colour;
    }

    String instance() {
        return instance;
    }

    /** Everything counted so far; the counters only grow. */
    FigureTotals totals() {
        Map<String, Long> states = new TreeMap<>();
        errorsBySqlState.forEach((state, count) -> states.put(state, count.sum()));
        return new FigureTotals((long) statements.count(), errorCount.sum(), latency.count(),
                latency.totalTime(TimeUnit.MILLISECONDS), latencySquaresMs.sum(), states);
    }

    FigureTotals flushed() {
        return flushed;
    }

    void flushedUpTo(FigureTotals totals) {
        flushed = totals;
    }
}
