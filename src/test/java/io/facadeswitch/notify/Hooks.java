package io.facadeswitch.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Settings and events for tests: short backoffs, so retries take milliseconds. */
final class Hooks {

    static final Duration BACKOFF = Duration.ofMillis(20);

    private Hooks() {
    }

    static WebhookSettings hook(String name, String url, RolloutEventKind... events) {
        return hook(name, url, null, 3, events);
    }

    static WebhookSettings hook(String name, String url, String secret, int attempts, RolloutEventKind... events) {
        List<String> labels = events.length == 0 ? null
                : Arrays.stream(events).map(RolloutEventKind::label).toList();
        return new WebhookSettings(name, url, labels, secret, attempts, BACKOFF, Duration.ofSeconds(2));
    }

    static RolloutEvent event(RolloutEventKind kind) {
        return new RolloutEvent(kind, 12, "1.2.0", "green", "rolled_back", 1, "analysis",
                "error rate 4.1% above 2%", Instant.parse("2026-03-01T10:15:30Z"));
    }

    static double count(MeterRegistry metrics, String hook, String outcome) {
        Counter counter = metrics.find("facade_webhook_deliveries").tag("hook", hook).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Waits up to five seconds for the hook's counter of {@code outcome} to reach {@code expected}. */
    static void awaitCount(MeterRegistry metrics, String hook, String outcome, double expected)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (count(metrics, hook, outcome) < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(count(metrics, hook, outcome)).as(outcome + " deliveries to " + hook).isEqualTo(expected);
    }
}
