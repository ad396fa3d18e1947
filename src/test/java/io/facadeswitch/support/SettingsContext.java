package io.facadeswitch.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.util.HashMap;
import java.util.Map;

/** A context to read settings from, with no database: for tests of binding and checking settings. */
public final class SettingsContext {

    private SettingsContext() {
    }

    /**
     * @param properties  configuration as a file gives it ({@code facade.api.tokens: [...]})
     * @param environment variables named as the process environment names them ({@code FACADE_*}), so
     *                    Micronaut's relaxed binding applies to them as it does to real ones
     */
    public static ApplicationContext start(Map<String, Object> properties, Map<String, Object> environment) {
        Map<String, Object> config = new HashMap<>(properties);
        // The data source is built eagerly and needs a URL; told not to connect at start, it never touches it.
        config.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:9/unused");
        config.put("datasources.default.initialization-fail-timeout", -1);
        config.put("micronaut.health.monitor.enabled", false);
        return ApplicationContext.builder().properties(config).deduceEnvironment(false).banner(false)
                .propertySources(PropertySource.of("env", environment,
                        PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .start();
    }
}
