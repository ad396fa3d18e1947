package io.facadeswitch.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.control.AuditEntry;
import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.TestBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard as an operator's browser sees it (the DOM contract of issue 18): release 1.0.0
 * active on blue, 1.1.0 deployed on green, a replica whose proxy the application connects through.
 */
class DashboardBrowserTest extends ProxyTestBase {

    @RegisterExtension
    static final TestBrowser BROWSER = new TestBrowser();

    private static final String SECOND_OPERATOR_SECRET = "ops2-secret-0123456789abcde";
    private static final String XSS = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";
    private static final List<String> IDLE_CONTROLS = List.of("#canary-form", "#action-promote", "#action-rollback",
            "#action-abort", "#rollout-start");
    private static final List<String> ROLLOUT_CONTROLS = List.of("#rollout-pause", "#rollout-resume", "#rollout-promote",
            "#rollout-abort", "#rollout-approve", "#rollout-reject");

    @TempDir
    Path folder;

    @Override
    protected Map<String, Object> proxySettings() {
        return Map.of("facade.api.tokens", "ops:operate:" + OPERATE_SECRET + ",viewer:read:" + READ_SECRET
                + ",ops2:operate:" + SECOND_OPERATOR_SECRET);
    }

    @Test
    void signingInWithTheOperateTokenShowsWhoIAmAndBluesReleaseActive() {
        Page page = signIn(BROWSER.newContext(), server, OPERATE_SECRET);

        assertThat(page.locator("#whoami")).hasText("ops (operate)");
        assertThat(page.locator("#routing [data-field=active]")).hasText("blue");
        assertThat(page.locator("#colour-blue [data-field=release]")).hasText("1.0.0");
        assertThat(page.locator("#colour-blue [data-field=state]")).containsText("active");
        assertThat(page.locator("#colour-green [data-field=release]")).hasText("1.1.0");
        assertThat(page.locator("#colour-green [data-field=state]")).containsText("deployed");
        assertThat(page.locator("#signin")).isHidden();
    }

    @Test
    void aWrongTokenShowsWhySignInFailedAndNoDashboard() {
        Page page = BROWSER.newContext().newPage();
        page.navigate(server.url() + "/");

        page.locator("#token").fill("not-a-token-at-all-0000");
        page.locator("#signin-button").click();

        assertThat(page.locator("#signin-error")).isVisible();
        assertThat(page.locator("#signin-error")).hasText(Pattern.compile("\\S"));
        assertThat(page.locator("#dashboard")).isHidden();
        assertThat(page.locator("#whoami")).not().containsText("ops");
    }

    @Test
    void startingACanaryFromThePageMovesAConnectedClientToGreenWithoutAReload() throws Exception {
        try (Connection app = connect("app-7")) {
            assertThat(searchPath(app)).isEqualTo("facade_blue");
            Page page = signIn(BROWSER.newContext(), server, OPERATE_SECRET);
            Locator colour = page.locator("#instances tr[data-instance=\"app-7\"] td[data-field=colour]");
            assertThat(colour).hasText("blue");
            page.evaluate("() => { window.notReloaded = true; }");

            page.locator("#canary-instances").fill("app-7");
            page.locator("#canary-reason").fill("first look at 1.1.0");
            page.locator("#canary-submit").click();

            assertThat(page.locator("#message")).containsText("done:");
            awaitSearchPath(app, "facade_green", 5_000);
            assertThat(colour).hasText("green");
            assertThat(page.locator("#routing [data-field=canary]")).containsText("app-7");
            assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
            assertThat(routing().explain("app-7").colour()).isEqualTo("green");
            assertThat(lastAudit().action()).isEqualTo("canary");
            assertThat(lastAudit().reason()).isEqualTo("first look at 1.1.0");
        }
    }

    @Test
    void abortingTheCanaryFromThePageWithAReasonSendsTheClientBackToBlue() throws Exception {
        try (Connection app = connect("app-7")) {
            startCanaryThroughTheApi("app-7", "first look");
            awaitSearchPath(app, "facade_green", 5_000);
            Page page = signIn(BROWSER.newContext(), server, OPERATE_SECRET);
            assertThat(page.locator("#routing [data-field=canary]")).containsText("app-7");

            page.locator("#action-abort").click();
            confirmWithReason(page, "totals look wrong");

            assertThat(page.locator("#message")).containsText("done:");
            awaitSearchPath(app, "facade_blue", 5_000);
            assertThat(page.locator("#routing [data-field=canary]")).hasText("none");
            assertThat(page.locator("#instances tr[data-instance=\"app-7\"] td[data-field=colour]")).hasText("blue");
            assertThat(routing().snapshot().canary()).isNull();
            assertThat(lastAudit().action()).isEqualTo("abort");
            assertThat(lastAudit().reason()).isEqualTo("totals look wrong");
        }
    }

    @Test
    void rollingBackFromThePageWithAReasonMakesBlueActiveAgain() throws Exception {
        assertThat(post(server, "/api/promote", OPERATE_SECRET, "{\"reason\": \"ship 1.1.0\"}").status()).isEqualTo(200);
        try (Connection app = connect("app-7")) {
            awaitSearchPath(app, "facade_green", 5_000);
            Page page = signIn(BROWSER.newContext(), server, OPERATE_SECRET);
            assertThat(page.locator("#routing [data-field=active]")).hasText("green");

            page.locator("#action-rollback").click();
            confirmWithReason(page, "1.1.0 breaks the totals");

            assertThat(page.locator("#routing [data-field=active]")).hasText("blue");
            assertThat(page.locator("#message")).containsText("done:");
            assertThat(routing().snapshot().active()).isEqualTo("blue");
            awaitSearchPath(app, "facade_blue", 5_000);
            assertThat(lastAudit().action()).isEqualTo("rollback");
            assertThat(lastAudit().reason()).isEqualTo("1.1.0 breaks the totals");
        }
    }

    @Test
    void aReadTokensPageHasNoneOfTheOperateControlsThatAnOperateTokensPageHas() throws Exception {
        SwitchServer staging = stagingReplicaWithARequestForApproval();
        // Not the requester's: a page may well offer no grant on one's own request.
        Page operate = signIn(BROWSER.newContext(), staging, SECOND_OPERATOR_SECRET);
        Page read = signIn(BROWSER.newContext(), staging, READ_SECRET);

        assertThat(read.locator("#whoami")).hasText("viewer (read only)");
        assertThat(read.locator("#approvals")).containsText("1.2.0");
        assertThat(operate.locator("#approvals")).containsText("1.2.0");
        assertOnlyOperateHas(operate, read, IDLE_CONTROLS);
        assertOnlyOperateHas(operate, read, List.of("#approvals button[data-action=grant]",
                "#approvals button[data-action=reject]"));

        // The rollout's buttons exist only while one is live (and the start form only while none is). A rollout
        // started elsewhere that moves no routing yet shows at the page's next slower read, within 10 s.
        startCareful(OPERATE_SECRET);
        assertThat(operate.locator("#rollout-approve")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(20_000));
        assertOnlyOperateHas(operate, read, ROLLOUT_CONTROLS);
    }

    @Test
    void aChangeForgedFromAReadTokensPageIsRefusedWith403AndRoutingStays() {
        long generation = routing().snapshot().generation();
        Page page = signIn(BROWSER.newContext(), server, READ_SECRET);
        assertThat(page.locator("#whoami")).hasText("viewer (read only)");

        Object status = page.evaluate("token => fetch('/api/promote', {method: 'POST',"
                + " headers: {Authorization: 'Bearer ' + token}}).then(response => response.status)", READ_SECRET);

        assertThat(status).isEqualTo(403);
        assertThat(routing().snapshot().generation()).isEqualTo(generation);
        assertThat(routing().snapshot().active()).isEqualTo("blue");
        assertThat(page.locator("#routing [data-field=active]")).hasText("blue");
    }

    @Test
    void aSecondOperatorApprovesAGatedRolloutThatItsInitiatorMayNot() throws Exception {
        Page initiator = signIn(BROWSER.newContext(), server, OPERATE_SECRET);
        initiator.locator("#rollout-plan").selectOption("careful");
        initiator.locator("#rollout-instances").fill("app-7");
        initiator.locator("#rollout-reason").fill("1.1.0, carefully");
        initiator.locator("#rollout-start-submit").click();
        assertThat(initiator.locator("#message")).containsText("done:");
        assertThat(currentRollout()).contains("\"state\":\"awaiting_approval\"").contains("\"initiator\":\"ops\"");

        initiator.locator("#rollout-approve").click();
        assertThat(initiator.locator("#message")).containsText("ROLLOUT_APPROVER_IS_INITIATOR");
        assertThat(initiator.locator("#message")).containsText("someone other than ops");
        assertThat(currentRollout()).contains("\"state\":\"awaiting_approval\"");
        assertThat(routing().snapshot().canary()).isNull();

        Page second = signIn(BROWSER.newContext(), server, SECOND_OPERATOR_SECRET);
        assertThat(second.locator("#whoami")).hasText("ops2 (operate)");
        second.locator("#rollout-approve").click();

        assertThat(second.locator("#message")).containsText("done:");
        assertThat(second.locator("#rollout-state")).containsText("running");
        assertThat(initiator.locator("#rollout-state")).containsText("running");
        assertThat(currentRollout()).contains("\"state\":\"running\"").contains("\"actor\":\"ops2\"");
        assertThat(routing().explain("app-7").colour()).isEqualTo("green");
    }

    @Test
    void aReasonWithMarkupShowsAsLiteralTextInTheAuditAndRunsNothing() throws Exception {
        startCanaryThroughTheApi("app-9", XSS);
        Page page = signIn(BROWSER.newContext(), server, OPERATE_SECRET);

        Locator reason = page.locator("#audit-table td[data-field=reason]", new Page.LocatorOptions().setHasText("pwned"));
        assertThat(reason).hasCount(1);
        assertThat(reason).hasText(XSS);
        assertThat(page.locator("#audit-table script, #audit-table img")).hasCount(0);
        assertThat(page.evaluate("() => typeof window.pwned")).isEqualTo("undefined");
    }

    @Test
    void thePageSendsAContentSecurityPolicyThatAllowsNoInlineScript() {
        Response response = BROWSER.newContext().newPage().navigate(server.url() + "/");

        assertThat(response.status()).isEqualTo(200);
        String policy = response.headerValue("content-security-policy");
        assertThat(policy).as("Content-Security-Policy of GET /").isNotNull();
        String scripts = directive(policy, "script-src").or(() -> directive(policy, "default-src"))
                .orElseThrow(() -> new AssertionError("neither script-src nor default-src in: " + policy));
        assertThat(scripts).doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'").doesNotContain("*");
    }

    @Test
    void anEmptyReasonIsRefusedByTheDialogAndNothingIsSent() {
        long generation = routing().snapshot().generation();
        int audited = audit().all().size();
        Page page = signIn(BROWSER.newContext(), server, OPERATE_SECRET);
        List<String> changes = new ArrayList<>();
        page.onRequest(request -> {
            if ("POST".equals(request.method())) {
                changes.add(request.url());
            }
        });

        page.locator("#action-promote").click();
        Locator dialog = page.locator("#reason-dialog");
        assertThat(dialog).isVisible();
        page.locator("#reason-input").fill("");
        page.locator("#reason-confirm").click();

        assertThat(page.locator("#reason-error")).hasText(Pattern.compile("\\S"));
        assertThat(dialog).isVisible();
        page.locator("#reason-cancel").click();
        assertThat(dialog).isHidden();
        assertThat(changes).as("requests sent").isEmpty();
        assertThat(routing().snapshot().generation()).isEqualTo(generation);
        assertThat(audit().all()).hasSize(audited);
        assertThat(page.locator("#routing [data-field=active]")).hasText("blue");
    }

    /** Opens the dashboard of {@code on} in {@code context} and signs in; returns once the dashboard shows. */
    private static Page signIn(BrowserContext context, SwitchServer on, String secret) {
        Page page = context.newPage();
        page.navigate(on.url() + "/");
        page.locator("#token").fill(secret);
        page.locator("#signin-button").click();
        assertThat(page.locator("#dashboard")).isVisible();
        return page;
    }

    /** Each control is in the operate page's DOM once and not at all in the read page's (not merely hidden). */
    private static void assertOnlyOperateHas(Page operate, Page read, List<String> controls) {
        for (String control : controls) {
            assertThat(operate.locator(control)).hasCount(1);
            assertThat(read.locator(control)).hasCount(0);
        }
    }

    private static void confirmWithReason(Page page, String reason) {
        Locator dialog = page.locator("#reason-dialog");
        assertThat(dialog).isVisible();
        page.locator("#reason-input").fill(reason);
        page.locator("#reason-confirm").click();
        assertThat(dialog).isHidden();
    }

    /** A directive's sources, from a policy such as {@code default-src 'self'; script-src 'self'}. */
    private static Optional<String> directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::trim)
                .filter(part -> part.equals(name) || part.startsWith(name + " "))
                .findFirst();
    }

    private void startCanaryThroughTheApi(String instance, String reason) throws Exception {
        String body = "{\"instances\": [\"" + instance + "\"], \"reason\": \"" + reason.replace("\"", "\\\"") + "\"}";
        Reply started = post(server, "/api/canary", OPERATE_SECRET, body);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
    }

    private void startCareful(String secret) throws Exception {
        Reply started = post(server, "/api/rollouts", secret,
                "{\"planName\": \"careful\", \"instances\": [\"app-7\"], \"reason\": \"1.1.0, carefully\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
    }

    private String currentRollout() throws Exception {
        Reply current = get(server, "/api/rollouts/current", OPERATE_SECRET);
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        return current.body();
    }

    private AuditEntry lastAudit() {
        List<AuditEntry> all = audit().all();
        return all.get(all.size() - 1);
    }

    /** A second replica serving the staging environment, where a deploy waits for one approval, and such a request. */
    private SwitchServer stagingReplicaWithARequestForApproval() throws Exception {
        Path file = folder.resolve("facade-switch.yaml");
        Files.writeString(file, """
                environments:
                  - name: staging
                    db-url: %s
                    gates:
                      deploy:
                        approvals: 1
                """.formatted(db.url()));
        SwitchServer staging = replica(Map.of(CurrentEnvironment.NAME, "staging", CurrentEnvironment.CONFIG, file.toString(),
                "facade.api.tokens", proxySettings().get("facade.api.tokens")));
        Reply asked = post(staging, "/api/approvals", OPERATE_SECRET, "{\"step\": \"deploy\", \"release\": \"1.2.0\","
                + " \"checksum\": \"" + "ab".repeat(32) + "\", \"reason\": \"new totals\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        return staging;
    }
}
