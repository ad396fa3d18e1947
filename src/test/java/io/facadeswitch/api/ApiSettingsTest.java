package io.facadeswitch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.support.SettingsContext;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** {@code facade.api.*} as the application binds it, from configuration and from the environment; no database. */
class ApiSettingsTest {

    private static ApplicationContext start(Map<String, Object> properties, Map<String, Object> environment) {
        return SettingsContext.start(properties, environment);
    }

    @Test
    void tokensBindFromAConfigurationListOfNameRoleAndSecret() {
        try (ApplicationContext context = start(Map.of("facade.api.tokens", List.of(
                Map.of("name", "ops", "role", "operate", "secret", "0123456789abcdef"),
                Map.of("name", "ci", "role", "read", "secret", "fedcba9876543210"))), Map.of())) {

            assertThat(context.getBean(ApiSettings.class).tokens()).extracting(ApiToken::name, ApiToken::role)
                    .containsExactly(Tuple.tuple("ops", ApiRole.OPERATE), Tuple.tuple("ci", ApiRole.READ));
        }
    }

    @Test
    void tokensAndOpenReadsBindFromTheEnvironmentVariables() {
        try (ApplicationContext context = start(Map.of(), Map.of("FACADE_API_TOKENS",
                "ops:operate:0123456789abcdef,ci:read:fedcba9876543210", "FACADE_API_OPEN_READS", "true"))) {

            ApiSettings settings = context.getBean(ApiSettings.class);

            assertThat(settings.tokens()).extracting(ApiToken::name).containsExactly("ops", "ci");
            assertThat(settings.openReads()).isTrue();
        }
    }

    @Test
    void withNothingConfiguredThereAreNoTokensAndReadsNeedOne() {
        try (ApplicationContext context = start(Map.of(), Map.of())) {

            ApiSettings settings = context.getBean(ApiSettings.class);

            assertThat(settings.tokens()).isEmpty();
            assertThat(settings.openReads()).isFalse();
        }
    }

    @Test
    void anInvalidEntryFailsTheSettingsWithTheEntryNumberAndNoSecret() {
        try (ApplicationContext context = start(Map.of(), Map.of("FACADE_API_TOKENS",
                "ops:operate:0123456789abcdef,s3cret-s3cret-s3cret"))) {

            assertThatThrownBy(() -> context.getBean(ApiSettings.class))
                    .rootCause()
                    .isInstanceOf(ApiTokens.ApiConfigException.class)
                    .hasMessageContaining("entry 2 is not name:role:secret")
                    .hasMessageNotContaining("s3cret");
        }
    }
}
