package io.facadeswitch.api;

import io.facadeswitch.FacadeSwitchException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/** Counts API operations by kind and outcome (done, refused, failed). */
@Singleton
final class OperationMetrics {

    private final MeterRegistry registry;

    OperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    <T> T count(String kind, Supplier<T> operation) {
        try {
            T result = operation.get();
            counter(kind, "done").increment();
            return result;
        } catch (FacadeSwitchException refused) {
            counter(kind, "refused").increment();
            throw refused;
        } catch (RuntimeException failed) {
            counter(kind, "failed").increment();
            throw failed;
        }
    }

    private Counter counter(String kind, String outcome) {
        return Counter.builder("facade_switch_operations").description("routing operations through the API")
                .tag("kind", kind).tag("outcome", outcome).register(registry);
    }
}
