package io.facadeswitch.notify;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One event on its way to one hook. Each run is one attempt; a retryable failure schedules the
 * next run after the backoff, so waiting never holds a thread. The delivery id stays the same
 * across attempts, letting receivers drop duplicates.
 */
final class WebhookDelivery implements Runnable {

    enum Outcome { DELIVERED, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

    private final WebhookSettings hook;
    private final HttpClient client;
    private final HttpRequest request;
    private final String event;
    private final String id;
    private final ScheduledExecutorService scheduler;
    private final Consumer<Outcome> finished;
    private int attempt;

    WebhookDelivery(WebhookSettings hook, HttpClient client, RolloutEventKind kind, byte[] body, String id,
                    ScheduledExecutorService scheduler, Consumer<Outcome> finished) {
        this.hook = hook;
        this.client = client;
        this.event = kind.label();
        this.id = id;
        this.scheduler = scheduler;
        this.finished = finished;
        this.request = request(hook, kind, body, id);
    }

    static HttpRequest request(WebhookSettings hook, RolloutEventKind kind, byte[] body, String id) {
        HttpRequest.Builder request = HttpRequest.newBuilder(hook.target())
                .timeout(hook.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "facade-switch")
                .header("X-Facade-Event", kind.label())
                .header("X-Facade-Delivery", id)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (hook.signed()) {
            request.header(WebhookSignature.HEADER, WebhookSignature.sign(body, hook.secret()));
        }
        if (hook.authorization() != null) {
            request.header("Authorization", hook.authorization());
        }
        return request.build();
    }

    /** Retried: the receiver may recover. Other 4xx mean the request itself is wrong; sending it again won't help. */
    static boolean retryable(int status) {
        return status >= 500 || status == 429;
    }

    @Override
    public void run() {
        attempt++;
        String problem;
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                LOG.debug("webhook {} ({}): {} delivery {} accepted with HTTP {} on attempt {}", hook.name(),
                        hook.loggableUrl(), event, id, status, attempt);
                finished.accept(Outcome.DELIVERED);
                return;
            }
            if (!retryable(status)) {
                LOG.warn("webhook {} ({}) refused {} delivery {} with HTTP {}; not retried, since the receiver"
                        + " rejects the request itself", hook.name(), hook.loggableUrl(), event, id, status);
                finished.accept(Outcome.FAILED);
                return;
            }
            problem = "HTTP " + status;
        } catch (HttpTimeoutException e) {
            problem = "no answer within " + hook.timeout().toMillis() + " ms";
        } catch (IOException e) {
            problem = e.toString();
        } catch (InterruptedException e) {
            // The notifier is stopping. Left unfinished on purpose: it counts and reports what was never sent.
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            // A bug, not a receiver problem: retrying would fail the same way. Finish, so the delivery stops counting.
            LOG.warn("webhook {} ({}): {} delivery {} failed: {}", hook.name(), hook.loggableUrl(), event, id,
                    e.toString());
            finished.accept(Outcome.FAILED);
            return;
        }
        retryOrGiveUp(problem);
    }

    private void retryOrGiveUp(String problem) {
        if (attempt >= hook.attempts()) {
            LOG.warn("webhook {} ({}): gave up on {} delivery {} after {} attempts; last: {}", hook.name(),
                    hook.loggableUrl(), event, id, attempt, problem);
            finished.accept(Outcome.FAILED);
            return;
        }
        Duration wait = hook.backoffAfter(attempt);
        LOG.debug("webhook {} ({}): {} delivery {} attempt {} failed ({}); next in {} ms", hook.name(),
                hook.loggableUrl(), event, id, attempt, problem, wait.toMillis());
        try {
            scheduler.schedule(this, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // Left unfinished, as above: one summary at shutdown rather than a warning per delivery.
            LOG.debug("webhook {} ({}): {} delivery {} not retried, the application is stopping; last: {}",
                    hook.name(), hook.loggableUrl(), event, id, problem);
        }
    }
}
