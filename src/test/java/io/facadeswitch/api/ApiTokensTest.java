package io.facadeswitch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void entriesParseFromTheEnvironmentFormAndFromConfiguration() {
        assertThat(ApiTokens.parse("ops:operate:0123456789abcdef, ci:read:fedcba9876543210"))
                .extracting(ApiToken::name, ApiToken::role)
                .containsExactly(Tuple.tuple("ops", ApiRole.OPERATE),
                        Tuple.tuple("ci", ApiRole.READ));
        assertThat(ApiTokens.parse(List.of(Map.of("name", "ops", "role", "operate", "secret", "0123456789abcdef"))))
                .singleElement().satisfies(t -> assertThat(t.toString()).doesNotContain("0123456789abcdef"));
    }

    @Test
    void mistakesAreNamedWithoutEchoingAnySecret() {
        String secret = "s3cret-s3cret-s3cret";
        assertThatThrownBy(() -> ApiTokens.parse("ci:" + secret + ":operate"))
                .hasMessageContaining("unknown role").hasMessageNotContaining(secret);
        assertThatThrownBy(() -> ApiTokens.parse(secret + ",ops:operate:x"))
                .hasMessageContaining("entry 1").hasMessageNotContaining(secret);
        assertThatThrownBy(() -> ApiTokens.parse("ops:operate:short"))
                .hasMessageContaining("shorter than 16").hasMessageNotContaining("short\"")
                .isInstanceOfSatisfying(ApiTokens.ApiConfigException.class,
                        refused -> assertThat(refused.errorCode()).isSameAs(ApiErrorCode.TOKENS_INVALID));
    }
}
