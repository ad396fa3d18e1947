package io.facadeswitch.notify;

import static io.facadeswitch.notify.Hooks.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The notifier as the application builds it, from {@code facade.webhooks.*}; no database is needed. */
class WebhookConfigurationTest {

    private static ApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> config = new HashMap<>(properties);
        // The data source is built eagerly and needs a URL; told not to connect at start, it never touches it.
        config.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:9/unused");
        config.put("datasources.default.initialization-fail-timeout", -1);
        // Its task would be scheduled while a context that failed to start is torn down, logging a spurious error.
        config.put("micronaut.health.monitor.enabled", false);
        return ApplicationContext.builder().properties(config).deduceEnvironment(false).banner(false).start();
    }

    @Test
    void aConfiguredHookBindsUnderItsName() {
        try (ApplicationContext context = start(Map.of("facade.webhooks.ops.url", "https://hooks.example.com/in",
                "facade.webhooks.ops.events", "rolled-back,promoted", "facade.webhooks.ops.backoff", "50ms"))) {

            WebhookSettings ops = context.getBean(WebhookSettings.class, Qualifiers.byName("ops"));

            assertThat(ops).extracting(WebhookSettings::name, WebhookSettings::events, WebhookSettings::attempts,
                            WebhookSettings::backoff, WebhookSettings::timeout)
                    .containsExactly("ops", List.of("rolled-back", "promoted"), 4, Duration.ofMillis(50),
                            Duration.ofSeconds(5));
        }
    }

    @Test
    void theNotifierFromTheContextDeliversToAConfiguredHook() throws Exception {
        try (Receiver receiver = Receiver.answering(200);
             ApplicationContext context = start(Map.of("facade.webhooks.ops.url", receiver.url(),
                     "facade.webhooks.ops.events", "rolled-back"))) {

            context.getBean(WebhookNotifier.class).publish(event(RolloutEventKind.ROLLED_BACK));

            assertThat(receiver.next().text()).startsWith("{\"event\":\"rolled-back\",\"rollout\":12,");
        }
    }

    @Test
    void withoutWebhooksTheNotifierIsABeanThatQueuesNothing() {
        try (ApplicationContext context = start(Map.of())) {
            WebhookNotifier notifier = context.getBean(WebhookNotifier.class);

            notifier.publish(event(RolloutEventKind.ROLLED_BACK));

            assertThat(notifier.pending()).isZero();
        }
    }

    @Test
    void anUnknownEventLabelStopsTheContextFromStarting() {
        assertThatThrownBy(() -> start(Map.of("facade.webhooks.ops.url", "https://hooks.example.com/in",
                "facade.webhooks.ops.events", "rollback")).close())
                .rootCause()
                .isInstanceOf(WebhookException.class)
                .hasMessageContaining("unknown event 'rollback'")
                .hasMessageContaining("valid events are started, step-done");
    }

    @Test
    void aNonHttpUrlStopsTheContextFromStartingNamingTheHook() {
        assertThatThrownBy(() -> start(Map.of("facade.webhooks.chatops.url", "mailto:ops@example.com")).close())
                .rootCause()
                .isInstanceOf(WebhookException.class)
                .hasMessageContaining("webhook 'chatops'");
    }
}
