package io.facadeswitch.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the configured webhooks ({@code facade.webhooks.*}) about rollout events. Publishing only
 * queues: deliveries, retries and their waits run on two daemon threads of their own, so a slow
 * or dead receiver never holds up a rollout. At most {@link #MAX_PENDING} deliveries wait at once;
 * beyond that new ones are dropped, so a receiver that is down for good cannot exhaust memory.
 * Delivery is best effort: nothing is kept across restarts and order is not guaranteed.
 */
@Singleton
public final class WebhookNotifier implements AutoCloseable {

    static final int MAX_PENDING = 1_000;
    private static final int THREADS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);

    private record Hook(WebhookSettings settings, HttpClient client) {
    }

    private final List<Hook> hooks;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final int maxPending;
    private final ScheduledThreadPoolExecutor executor;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean dropping = new AtomicBoolean();
    private volatile boolean closed;

    @Inject
    WebhookNotifier(List<WebhookSettings> hooks, ObjectMapper json, MeterRegistry metrics) {
        this(hooks, json, metrics, MAX_PENDING);
    }

    WebhookNotifier(List<WebhookSettings> hooks, ObjectMapper json, MeterRegistry metrics, int maxPending) {
        this.json = json;
        this.metrics = metrics;
        this.maxPending = maxPending;
        this.hooks = hooks.stream().map(settings -> new Hook(settings, client(settings))).toList();
        AtomicInteger threads = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "facade-switch-webhook-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // On close, queued first attempts still go out; retries still waiting out their backoff do not.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        for (Hook hook : this.hooks) {
            // Registered up front so a dashboard shows 0 rather than nothing before the first failure.
            for (String outcome : List.of("delivered", "failed", "dropped")) {
                counter(hook.settings().name(), outcome);
            }
            LOG.debug("webhook {} configured: {}", hook.settings().name(), hook.settings());
        }
    }

    /**
     * Receiving the startup event makes the context build this bean, and so check every hook's
     * settings, while it starts: a misconfigured hook stops the application then, not at the first rollout.
     */
    @EventListener
    void checkedAtStartup(StartupEvent started) {
        LOG.debug("webhooks: {} configured", hooks.size());
    }

    private static HttpClient client(WebhookSettings settings) {
        // HTTP/1.1: an http:// receiver would otherwise be sent an h2c upgrade, which some servers mishandle.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Queues a delivery of {@code event} to every hook that subscribed to its kind. Never blocks, never throws. */
    public void publish(RolloutEvent event) {
        if (event == null || hooks.isEmpty()) {
            return;
        }
        byte[] body = null;
        for (Hook hook : hooks) {
            if (!hook.settings().receives(event.kind())) {
                continue;
            }
            try {
                if (body == null) {
                    body = json.writeValueAsBytes(WebhookBody.of(event));
                }
                enqueue(hook, event.kind(), body);
            } catch (Exception e) {
                // A notification must never fail the rollout that sent it.
                LOG.warn("webhook {}: could not publish {} event of rollout {}: {}", hook.settings().name(),
                        event.kind(), event.rolloutId(), e.toString());
            }
        }
    }

    private void enqueue(Hook hook, RolloutEventKind kind, byte[] body) {
        String name = hook.settings().name();
        if (closed) {
            drop(name, kind, "the application is stopping");
            return;
        }
        // Built before it counts as pending: should building fail, nothing is left counted that never finishes.
        WebhookDelivery delivery = new WebhookDelivery(hook.settings(), hook.client(), kind, body,
                UUID.randomUUID().toString(), executor, outcome -> finished(name, outcome));
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            drop(name, kind, maxPending + " deliveries are already waiting");
            return;
        }
        if (pending.get() < maxPending / 2) {
            dropping.set(false);
        }
        try {
            executor.execute(delivery);
        } catch (RejectedExecutionException stopping) {
            pending.decrementAndGet();
            drop(name, kind, "the application is stopping");
        }
    }

    private void drop(String hook, RolloutEventKind kind, String why) {
        counter(hook, "dropped").increment();
        // Once per run of drops: a dead receiver under a busy rollout would otherwise flood the log.
        if (dropping.compareAndSet(false, true)) {
            LOG.warn("webhook {}: dropped a {} delivery because {}; further drops are counted in"
                    + " facade_webhook_deliveries{outcome=\"dropped\"}", hook, kind, why);
        }
    }

    private void finished(String hook, WebhookDelivery.Outcome outcome) {
        pending.decrementAndGet();
        counter(hook, outcome == WebhookDelivery.Outcome.DELIVERED ? "delivered" : "failed").increment();
    }

    private Counter counter(String hook, String outcome) {
        return Counter.builder("facade_webhook_deliveries").description("webhook deliveries by hook and outcome")
                .tag("hook", hook).tag("outcome", outcome).register(metrics);
    }

    /** Deliveries queued, in flight or waiting to be retried; after close, those abandoned unsent. */
    int pending() {
        return pending.get();
    }

    /**
     * Stops accepting events and gives deliveries already queued one attempt's time to go out, so
     * a command that publishes and then exits still notifies; retries still waiting are abandoned.
     */
    @Override
    @PreDestroy
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        executor.shutdown();
        Duration grace = hooks.stream().map(h -> h.settings().timeout()).max(Duration::compareTo)
                .orElse(Duration.ZERO).plusSeconds(1);
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        int unsent = pending.get();
        if (unsent > 0) {
            LOG.warn("webhooks: stopped with {} deliveries not sent (queued, or waiting to be retried)", unsent);
        }
    }
}
