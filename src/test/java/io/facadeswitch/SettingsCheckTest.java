package io.facadeswitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.proxy.ProxySettings;
import io.facadeswitch.routing.RoutingSettings;
import io.facadeswitch.support.SettingsContext;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A value Micronaut cannot convert is bound as if it were absent; without the check a typo in
 * the TLS mode turned TLS off without a word.
 */
class SettingsCheckTest {

    @Test
    void aMisspelledTlsModeIsRefusedWhereItWouldHaveBecomeDisable() {
        try (ApplicationContext context = context(Map.of("FACADE_PROXY_TLS_MODE", "requre"))) {
            // What the check guards against: the binding alone falls back to the default.
            assertThat(context.getBean(ProxySettings.class).tlsMode()).isEqualTo(ProxySettings.TlsMode.DISABLE);

            assertThatThrownBy(() -> SettingsCheck.check(context))
                    .isInstanceOf(SettingsCheck.InvalidSetting.class)
                    .hasMessageContaining("facade.proxy.tls-mode (FACADE_PROXY_TLS_MODE) is \"requre\"")
                    .hasMessageContaining("one of disable, allow, require")
                    .extracting(e -> ((FacadeSwitchException) e).code()).isEqualTo("INVALID_INPUT");
        }
    }

    @Test
    void durationsNumbersAndBooleansThatDoNotParseAreRefusedEachByName() {
        assertRefused("FACADE_ROUTING_POLL_INTERVAL", "abc", "facade.routing.poll-interval", "a duration such as");
        assertRefused("FACADE_DRIFT_INTERVAL", "0", "facade.drift.interval", "a number needs its unit: 0s");
        assertRefused("FACADE_PROXY_UPSTREAM_PORT", "five", "facade.proxy.upstream-port", "a whole number");
        assertRefused("FACADE_ROLLOUT_ANALYSIS_SIGNIFICANCE", "low", "facade.rollout.analysis.significance",
                "a number");
        assertRefused("FACADE_PROXY_ALLOW_SUPERUSERS", "sure", "facade.proxy.allow-superusers", "true or false");
    }

    @Test
    void valuesThatParsePassAndAreBoundAsGiven() {
        try (ApplicationContext context = context(Map.of("FACADE_PROXY_TLS_MODE", "ALLOW",
                "FACADE_ROUTING_POLL_INTERVAL", "250ms", "FACADE_PROXY_ALLOW_SUPERUSERS", "yes",
                "FACADE_PROXY_TLS_CERTIFICATE", "x.crt", "FACADE_PROXY_TLS_KEY", "x.key"))) {
            assertThatCode(() -> SettingsCheck.check(context)).doesNotThrowAnyException();
            assertThat(context.getBean(ProxySettings.class).tlsMode()).isEqualTo(ProxySettings.TlsMode.ALLOW);
            assertThat(context.getBean(RoutingSettings.class).pollInterval())
                    .isEqualTo(Duration.ofMillis(250));
        }
    }

    @Test
    void aValueIsShownShortAndPrintable() {
        assertRefused("FACADE_PROXY_PORT", "12\u0007" + "9".repeat(60), "facade.proxy.port",
                "is \"12?" + "9".repeat(37) + "…\"");
    }

    private static void assertRefused(String variable, String value, String key, String expected) {
        try (ApplicationContext context = context(Map.of(variable, value))) {
            assertThatThrownBy(() -> SettingsCheck.check(context)).isInstanceOf(SettingsCheck.InvalidSetting.class)
                    .hasMessageContaining(key + " (" + variable + ")").hasMessageContaining(expected);
        }
    }

    private static ApplicationContext context(Map<String, Object> variables) {
        return SettingsContext.start(Map.of(), variables);
    }
}
