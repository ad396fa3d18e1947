package io.facadeswitch.health;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * {@code /health}'s database part, in place of Micronaut's JDBC indicator (which waits for a
 * pooled connection, up to the pool's timeout, when the server is gone): the probe's last answer,
 * so {@code /health} answers at once, 503 while the database cannot be reached.
 */
@Singleton
final class DatabaseHealthIndicator implements HealthIndicator {

    private final DatabaseProbe probe;

    DatabaseHealthIndicator(DatabaseProbe probe) {
        this.probe = probe;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthStatus status = !probe.started() ? HealthStatus.UNKNOWN
                : probe.available() ? HealthStatus.UP : HealthStatus.DOWN;
        return Publishers.just(HealthResult.builder("database", status).build());
    }
}
