package io.facadeswitch;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.health.HealthSettings;
import io.facadeswitch.routing.RoutingSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The settings records hold the defaults, and application.yml none of them: FACADE_* variables
 * reach the records through Micronaut's relaxed binding (FACADE_DDL_ATTEMPTS is facade.ddl-attempts)
 * with no entry in the file. No database is needed.
 */
class SettingsBindingTest {

    private static ApplicationContext start(Map<String, Object> environment) {
        Map<String, Object> config = new HashMap<>();
        // The data source is built eagerly and needs a URL; told not to connect at start, it never touches it.
        config.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:9/unused");
        config.put("datasources.default.initialization-fail-timeout", -1);
        config.put("micronaut.health.monitor.enabled", false);
        // Named the way the process environment is, so relaxed binding applies as it does to real variables.
        return ApplicationContext.builder().properties(config).deduceEnvironment(false).banner(false)
                .propertySources(PropertySource.of("env", environment,
                        PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .start();
    }

    @Test
    void withNothingSetTheSettingsAreTheDocumentedDefaults() {
        try (ApplicationContext context = start(Map.of())) {

            assertThat(context.getBean(FacadeSwitchSettings.class))
                    .extracting(FacadeSwitchSettings::coreSchema, FacadeSwitchSettings::ownerRole,
                            FacadeSwitchSettings::ddlLockTimeout, FacadeSwitchSettings::ddlAttempts,
                            FacadeSwitchSettings::ddlBackoff, FacadeSwitchSettings::switchLockWait)
                    .containsExactly("core", "facade_owner", Duration.ofSeconds(2), 6, Duration.ofMillis(250),
                            Duration.ofSeconds(60));
            assertThat(context.getBean(RoutingSettings.class))
                    .extracting(RoutingSettings::pollInterval, RoutingSettings::listenRetry)
                    .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
            assertThat(context.getBean(HealthSettings.class))
                    .extracting(HealthSettings::probeInterval, HealthSettings::probeTimeout)
                    .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        }
    }

    @Test
    void environmentVariablesReachTheRecordsWithoutEntriesInApplicationYml() {
        try (ApplicationContext context = start(Map.of("FACADE_CORE_SCHEMA", "app_core",
                "FACADE_OWNER_ROLE", "app_owner", "FACADE_DDL_LOCK_TIMEOUT", "3s", "FACADE_DDL_ATTEMPTS", "7",
                "FACADE_DDL_BACKOFF", "300ms", "FACADE_SWITCH_LOCK_WAIT", "61s",
                "FACADE_ROUTING_POLL_INTERVAL", "2s", "FACADE_ROUTING_LISTEN_RETRY", "3s",
                "FACADE_HEALTH_PROBE_INTERVAL", "4s", "FACADE_HEALTH_PROBE_TIMEOUT", "5s"))) {

            assertThat(context.getBean(FacadeSwitchSettings.class))
                    .extracting(FacadeSwitchSettings::coreSchema, FacadeSwitchSettings::ownerRole,
                            FacadeSwitchSettings::ddlLockTimeout, FacadeSwitchSettings::ddlAttempts,
                            FacadeSwitchSettings::ddlBackoff, FacadeSwitchSettings::switchLockWait)
                    .containsExactly("app_core", "app_owner", Duration.ofSeconds(3), 7, Duration.ofMillis(300),
                            Duration.ofSeconds(61));
            assertThat(context.getBean(RoutingSettings.class))
                    .extracting(RoutingSettings::pollInterval, RoutingSettings::listenRetry)
                    .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
            assertThat(context.getBean(HealthSettings.class))
                    .extracting(HealthSettings::probeInterval, HealthSettings::probeTimeout)
                    .containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(5));
        }
    }

    @Test
    void applicationYmlHoldsNoFacadeDefaults() throws Exception {
        try (var yml = SettingsBindingTest.class.getResourceAsStream("/application.yml")) {
            String text = new String(yml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(text.lines()).as("defaults live in the settings records").noneMatch(l -> l.startsWith("facade:"));
        }
    }
}
