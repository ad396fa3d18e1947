package io.facadeswitch.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WebhookEventKindTest {

    @Test
    void labelsAreLowercaseWithHyphens() {
        assertThat(Arrays.stream(RolloutEventKind.values()).map(RolloutEventKind::label)).containsExactly(
                "started", "step-done", "paused", "awaiting-approval", "rolled-back", "promoted", "aborted", "rejected",
                "drift-detected");
    }

    @Test
    void everyLabelReadsBackAsItsKind() {
        for (RolloutEventKind kind : RolloutEventKind.values()) {
            assertThat(RolloutEventKind.ofLabel(kind.label())).isSameAs(kind);
        }
    }

    @Test
    void anUnknownLabelIsRefusedListingTheValidOnes() {
        assertThatThrownBy(() -> RolloutEventKind.ofLabel("deployed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown event 'deployed': use one of started, step-done, paused, awaiting-approval,"
                        + " rolled-back, promoted, aborted, rejected, drift-detected");
    }
}
