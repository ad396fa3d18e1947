package io.facadeswitch.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.facadeswitch.canary.ApprovalPolicy;
import io.facadeswitch.canary.Rollout;
import io.facadeswitch.canary.RolloutPlan;
import io.facadeswitch.canary.RolloutService;
import io.facadeswitch.canary.RolloutState;
import io.facadeswitch.canary.RolloutStep;
import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.support.AppTraffic;
import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.TestBrowser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every section of the dashboard drawn from a busy switch (six instances reading through the proxy, a rollout
 * waiting for its promotion approval with verdicts behind it, an environment chain with an approval request), with
 * no script error, and saved as the screenshots docs/dashboard.md shows: to {@code target/dashboard-screenshots/},
 * or to the folder {@code -Dfacade.dashboard.screenshots=docs/images/dashboard} names.
 */
class DashboardScreenshotsTest extends ProxyTestBase {

    @RegisterExtension
    static final TestBrowser BROWSER = new TestBrowser();

    static final String FOLDER = "facade.dashboard.screenshots";
    private static final List<String> SECTIONS = List.of("now", "rollout", "releases", "environments", "audit");

    @TempDir
    Path folder;

    @Override
    protected Map<String, Object> proxySettings() {
        Path file = folder.resolve("facade-switch.yaml");
        String user = "    db-user: " + db.user() + "\n"
                + (db.password() == null ? "" : "    db-password: ${FACADE_TEST_DATABASE_PASSWORD}\n");
        try {
            Files.writeString(file, """
                    environments:
                      - name: test
                        db-url: %s
                    %s  - name: staging
                        db-url: %s
                    %s    gates:
                          deploy:
                            approvals: 1
                          promote:
                            windows: ["Mon-Fri 09:00-17:00 Europe/Berlin"]
                    """.formatted(db.url(), user, db.url(), user));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> settings = new HashMap<>(Map.of(
                "facade.rollout.tick", "100ms",
                "facade.rollout.grace", "100ms",
                "facade.proxy.figures-interval", "100ms",
                CurrentEnvironment.NAME, "staging",
                CurrentEnvironment.CONFIG, file.toString()));
        settings.put("facade.api.tokens", "ops:operate:" + OPERATE_SECRET + ",viewer:read:" + READ_SECRET);
        return settings;
    }

    @Test
    void everySectionDrawsWithoutAScriptErrorDuringARolloutAwaitingApproval() throws Exception {
        db.execute("INSERT INTO core.product (sku, name, price_cents) VALUES ('S-1', 'Screenshot one', 100)");
        assertThat(post(server, "/api/approvals", OPERATE_SECRET, "{\"step\": \"deploy\", \"release\": \"1.2.0\", \"checksum\": \""
                + "cd".repeat(32) + "\", \"reason\": \"new order totals\"}").status()).isEqualTo(200);
        Path out = Path.of(System.getProperty(FOLDER, "target/dashboard-screenshots"));
        Files.createDirectories(out);
        try (AppTraffic traffic = AppTraffic.start(this::connect, "SELECT sum(price_cents) FROM products", 3,
                "app-1", "app-2", "app-3", "app-4", "app-5", "app-6")) {
            RolloutService rollouts = context.bean(RolloutService.class);
            // Two steps, each held 1 s and judged every 500 ms: the fewest windows that still draw a chart. A loaded CI
            // machine may need many more windows than that (too few statements make one inconclusive), hence 90 s.
            rollouts.start("alice", new RolloutPlan("standard", List.of(new RolloutStep(List.of("app-1"), null, null),
                    RolloutStep.percent(50)), "1s", "500ms", 10L, null, new ApprovalPolicy(false, true, true)), "ship 1.1.0");
            long deadline = System.currentTimeMillis() + 90_000;
            Rollout now = rollouts.current().orElseThrow().rollout();
            while (now.state() != RolloutState.AWAITING_APPROVAL) {
                assertThat(now.state().ended()).as("the rollout ended early: %s at %s", now.state(), now.where()).isFalse();
                assertThat(System.currentTimeMillis()).as("the rollout reaches its promotion gate; it is %s at %s",
                        now.state(), now.where()).isLessThan(deadline);
                Thread.sleep(50);
                now = rollouts.current().orElseThrow().rollout();
            }

            List<String> errors = new ArrayList<>();
            Page page = BROWSER.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            page.onPageError(errors::add);
            page.onConsoleMessage(message -> {
                if (message.text().contains("could not draw")) {
                    errors.add(message.text());
                }
            });
            signIn(page);
            assertThat(page.locator("#rollout-state")).containsText("awaiting approval");
            assertThat(page.locator("#verdicts svg.verdict-chart")).hasCount(2);
            assertThat(page.locator("#rollout-steps li")).hasCount(2);
            assertThat(page.locator("#instances tbody tr")).hasCount(6);
            assertThat(page.locator("#environments-chain li[data-environment]")).hasCount(2);
            assertThat(page.locator("#approvals tbody tr")).hasCount(1);
            assertThat(page.locator("#audit-table tbody tr").first()).isVisible();
            for (String section : SECTIONS) {
                Locator area = page.locator("#" + section);
                area.screenshot(new Locator.ScreenshotOptions().setPath(out.resolve(section + ".png")));
            }

            Page phone = BROWSER.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                    .setIsMobile(true).setHasTouch(true)).newPage();
            phone.onPageError(errors::add);
            signIn(phone);
            assertThat(phone.locator("#instances tbody tr")).hasCount(6);
            phone.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("phone.png")));
            double overflow = ((Number) phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))
                    .doubleValue();

            assertThat(errors).as("script errors on the page").isEmpty();
            assertThat(overflow).as("the phone's page is no wider than its screen").isLessThanOrEqualTo(0);
            for (String name : List.of("now", "rollout", "releases", "environments", "audit", "phone")) {
                assertThat(Files.size(out.resolve(name + ".png"))).as(name).isGreaterThan(5_000);
            }
        }
    }

    private void signIn(Page page) {
        page.navigate(server.url() + "/");
        page.locator("#token").fill(OPERATE_SECRET);
        page.locator("#signin-button").click();
        assertThat(page.locator("#dashboard")).isVisible();
        assertThat(page.locator("#routing [data-field=generation]")).hasText(Pattern.compile("\\d+"));
        // The slow parts (releases, approvals, audit, environments) come with the first poll.
        assertThat(page.locator("#releases-table tbody tr")).hasCount(2);
    }
}
