package io.facadeswitch.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The meters of a one-shot command. Nothing scrapes a command's process, so commands start with
 * {@code micronaut.metrics.enabled=false} ({@link #withoutExport}): no Prometheus registry, no JVM
 * and pool binders, some 80 ms less start-up. The services still count into this plain in-memory
 * registry, so they need no second code path; {@code serve} keeps the real one.
 */
@Factory
public final class CommandMeters {

    private static final String ENABLED = "micronaut.metrics.enabled";

    CommandMeters() {
    }

    /** Configures a command's context without the exported registry, unless its properties say otherwise. */
    public static void withoutExport(Map<String, Object> properties) {
        properties.putIfAbsent(ENABLED, false);
    }

    @Singleton
    @Requires(property = ENABLED, value = "false")
    MeterRegistry commandMeterRegistry() {
        return new SimpleMeterRegistry();
    }
}
