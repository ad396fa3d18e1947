package io.facadeswitch.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.ServerTestBase;
import io.facadeswitch.support.TestBrowser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The browser tests' own machinery: the machine's Chromium reaches a replica's HTTP port. */
class DashboardBrowserSupportTest extends ServerTestBase {

    @RegisterExtension
    static final TestBrowser BROWSER = new TestBrowser();

    @Test
    void chromiumOpensAReplicasHealthPage() {
        SwitchServer server = replica(Map.of());

        Page page = BROWSER.open(server.url() + "/health");

        assertThat(page.locator("body")).containsText("UP");
    }
}
