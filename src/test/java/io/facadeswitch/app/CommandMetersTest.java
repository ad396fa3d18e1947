package io.facadeswitch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A one-shot command counts into a plain registry; serve keeps the exported one. */
class CommandMetersTest {

    private final TestDatabase db = TestPostgres.newDatabase();

    @Test
    void aCommandStartsWithoutTheExportedRegistryAndItsBinders() {
        Map<String, Object> properties = new HashMap<>();
        CommandMeters.withoutExport(properties);

        try (SwitchContext command = db.start(properties)) {
            MeterRegistry registry = command.bean(MeterRegistry.class);

            assertThat(registry).isInstanceOf(SimpleMeterRegistry.class);
            assertThat(command.context().findBean(PrometheusMeterRegistry.class)).isEmpty();
            assertThat(registry.find("jvm.memory.used").meters()).as("no JVM binders").isEmpty();
            registry.counter("facade.test").increment();
            assertThat(registry.counter("facade.test").count()).as("the services still count").isEqualTo(1.0);
        }
    }

    @Test
    void theServicesOfServeKeepThePrometheusRegistry() {
        try (SwitchContext serve = db.start(Map.of())) {
            assertThat(serve.context().findBean(PrometheusMeterRegistry.class)).isPresent();
            assertThat(serve.bean(MeterRegistry.class).find("jvm.memory.used").meters()).isNotEmpty();
        }
    }

    @Test
    void aCommandThatAsksForMetricsKeepsThem() {
        Map<String, Object> properties = new HashMap<>(Map.of("micronaut.metrics.enabled", true));
        CommandMeters.withoutExport(properties);

        assertThat(properties).containsEntry("micronaut.metrics.enabled", true);
    }
}
