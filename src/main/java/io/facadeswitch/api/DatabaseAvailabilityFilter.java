package io.facadeswitch.api;

import io.facadeswitch.health.DatabaseProbe;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * {@code /api} while the database cannot be reached: 503 {@code DB_UNAVAILABLE} at once, with
 * {@code Retry-After}, instead of a request that waits for the pool's timeout. A read already
 * running when the probe finds the database gone gets its 503 then (its worker finishes, unseen);
 * a change already running is left to finish, so its answer is always the truth about it.
 */
@Filter("/api/**")
final class DatabaseAvailabilityFilter implements HttpServerFilter {

    private final DatabaseProbe probe;

    DatabaseAvailabilityFilter(DatabaseProbe probe) {
        this.probe = probe;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!probe.started()) {
            return chain.proceed(request);
        }
        boolean reading = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        if (!reading) {
            return probe.available() ? chain.proceed(request) : Publishers.just(unavailable());
        }
        CompletableFuture<MutableHttpResponse<?>> answer = new CompletableFuture<>();
        Runnable giveUp = () -> answer.complete(unavailable());
        probe.onUnavailable(giveUp); // before the check: an outage between the two is not missed
        if (!probe.available()) {
            probe.removeListener(giveUp);
            return Publishers.just(unavailable());
        }
        chain.proceed(request).subscribe(new Subscriber<MutableHttpResponse<?>>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(MutableHttpResponse<?> response) {
                answer.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                answer.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                // the response came through onNext
            }
        });
        return Publishers.fromCompletableFuture(() -> answer.whenComplete((r, e) -> probe.removeListener(giveUp)));
    }

    private MutableHttpResponse<?> unavailable() {
        String why = probe.problem();
        return ((MutableHttpResponse<?>) Problem.response(ApiErrorCode.DB_UNAVAILABLE,
                (why == null ? "the control database cannot be reached" : why) + "; retry shortly"))
                .header("Retry-After", "1");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100; // after authentication: a stranger learns nothing here
    }
}
