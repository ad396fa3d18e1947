package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress rewrites one terminal line and leaves it clean for the command's own output. */
class TerminalProgressTest {

    private final StringWriter text = new StringWriter();
    private final TerminalProgress progress = new TerminalProgress(new PrintWriter(text));

    @Test
    void eachStepRewritesTheLineAndClearLeavesItEmpty() {
        progress.count("building facade_green: file", 3, 12, "020_order_views.sql");
        progress.step("recording release 1.1.0");
        progress.clear();
        progress.clear();

        assertThat(text.toString()).isEqualTo("\r\u001b[Kbuilding facade_green: file 3/12: 020_order_views.sql"
                + "\r\u001b[Krecording release 1.1.0\r\u001b[K");
    }

    @Test
    void aLongStepIsCutToOneLine() {
        progress.step("x".repeat(300));

        assertThat(text.toString()).hasSize("\r\u001b[K".length() + 100).endsWith("x...");
    }

    @Test
    void nothingIsShownUnderQuietOrJson() {
        assertThat(TerminalProgress.wanted(true, false)).isFalse();
        assertThat(TerminalProgress.wanted(false, true)).isFalse();
        assertThat(TerminalProgress.wanted(false, false)).as("the tests' stdin is no terminal")
                .isEqualTo(System.console() != null);
    }
}
