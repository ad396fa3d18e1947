package io.facadeswitch.notify;

import static io.facadeswitch.notify.Hooks.hook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    private static WebhookSettings withEvents(List<String> events) {
        return new WebhookSettings("chatops", "https://hooks.example.com/x", events, null, 4, Duration.ofSeconds(1),
                Duration.ofSeconds(5));
    }

    @Test
    void aUrlThatIsNotHttpOrHttpsIsRefusedNamingTheHook() {
        assertThatThrownBy(() -> hook("chatops", "ftp://files.example.com/hook"))
                .isInstanceOf(WebhookException.class)
                .hasMessageContaining("'chatops'")
                .hasMessageContaining("facade.webhooks.chatops.url must be an http or https URL");
    }

    @Test
    void aMissingUrlIsRefusedNamingTheSettingToSet() {
        assertThatThrownBy(() -> hook("chatops", null))
                .isInstanceOf(WebhookException.class)
                .hasMessageContaining("set facade.webhooks.chatops.url");
    }

    @Test
    void anUnknownEventLabelIsRefusedNamingTheValidOnes() {
        assertThatThrownBy(() -> withEvents(List.of("rolled-back", "rolled_back")))
                .isInstanceOf(WebhookException.class)
                .hasMessageContaining("'chatops'")
                .hasMessageContaining("unknown event 'rolled_back'")
                .hasMessageContaining("started, step-done, paused, awaiting-approval, rolled-back, promoted, aborted,"
                        + " rejected");
    }

    @Test
    void aHookWithoutEventsReceivesEveryKind() {
        WebhookSettings hook = withEvents(null);

        assertThat(Arrays.stream(RolloutEventKind.values()).filter(hook::receives))
                .containsExactly(RolloutEventKind.values());
    }

    @Test
    void aHookWithEventsReceivesOnlyThose() {
        WebhookSettings hook = withEvents(List.of(" Rolled-Back ", "promoted"));

        assertThat(Arrays.stream(RolloutEventKind.values()).filter(hook::receives))
                .containsExactly(RolloutEventKind.ROLLED_BACK, RolloutEventKind.PROMOTED);
    }

    @Test
    void zeroAttemptsAreRefused() {
        assertThatThrownBy(() -> hook("ops", "https://example.com/", null, 0))
                .isInstanceOf(WebhookException.class)
                .hasMessageContaining("facade.webhooks.ops.attempts is 0");
    }

    @Test
    void theLoggableUrlHasNoUserInfoQueryOrFragment() {
        WebhookSettings hook = hook("ops", "https://bot:pw@hooks.example.com:8443/in/path?token=abc#frag");

        assertThat(hook.loggableUrl()).isEqualTo("https://hooks.example.com:8443/in/path");
    }

    @Test
    void theRequestUrlKeepsTheQueryButNotTheUserInfo() {
        WebhookSettings hook = hook("ops", "https://bot:pw@hooks.example.com/in?token=abc");

        assertThat(hook.target()).hasToString("https://hooks.example.com/in?token=abc");
    }

    @Test
    void printedSettingsShowNeitherTheSecretNorTheUrlTokens() {
        WebhookSettings hook = hook("ops", "https://hooks.example.com/in?token=abc", "s3cret-key", 3);

        assertThat(hook.toString()).doesNotContain("s3cret-key").doesNotContain("abc").contains("signed=true");
    }

    @Test
    void theBackoffDoublesWithEveryAttempt() {
        WebhookSettings hook = hook("ops", "https://example.com/");

        assertThat(List.of(hook.backoffAfter(1), hook.backoffAfter(2), hook.backoffAfter(3)))
                .containsExactly(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(80));
    }
}
