package io.facadeswitch.demo;

import io.facadeswitch.api.ApiTokens;
import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.canary.ApprovalPolicy;
import io.facadeswitch.canary.Rollout;
import io.facadeswitch.canary.RolloutException;
import io.facadeswitch.canary.RolloutPlan;
import io.facadeswitch.canary.RolloutService;
import io.facadeswitch.canary.RolloutState;
import io.facadeswitch.canary.RolloutStep;
import io.facadeswitch.control.AuditEntry;
import io.facadeswitch.control.AuditLog;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.db.ConnectionSettings;
import io.facadeswitch.db.EmbeddedPostgresServer;
import io.facadeswitch.facade.DeployErrorCode;
import io.facadeswitch.facade.DeployException;
import io.facadeswitch.facade.DeployOutcome;
import io.facadeswitch.facade.DeployService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole story on a fresh embedded PostgreSQL: 1.0.0 on blue, application instances working
 * through the proxy, 1.1.0 rolled out to green step by step, approved by a second person and
 * promoted, then a broken 1.2.0 rolled back by the analysis. Says at the end whether everything
 * behaved as it should.
 */
public final class Demo {

    /**
     * Enough instances that a 50% share, drawn from a fresh salt, leaves some on the baseline
     * (all 11 unpinned ones land in the canary once in 2,048 rollouts; with 8 it was once in 128).
     */
    static final int INSTANCES = 12;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final Path coreFolder;
    private final Path facadeFolder;
    private final PrintWriter out;
    private final DemoTimeline timeline;
    private final List<String> failures = new ArrayList<>();

    public Demo(Path coreFolder, Path facadeFolder, PrintWriter out) {
        this.coreFolder = coreFolder;
        this.facadeFolder = facadeFolder;
        this.out = out;
        this.timeline = new DemoTimeline(out);
    }

    /** Runs the story; true when all of it behaved as expected. */
    public boolean run() throws Exception {
        Path data = Files.createTempDirectory("facade-switch-demo-db-");
        try (DemoReleases releases = new DemoReleases(facadeFolder)) {
            timeline.say("starting an embedded PostgreSQL (a fresh one, removed at the end)");
            try (SwitchContext context = SwitchContext.start(new ConnectionSettings(null, null, null), data,
                    settings())) {
                story(context, releases);
            }
        } finally {
            delete(data);
        }
        out.println();
        if (failures.isEmpty()) {
            out.println("Everything behaved as expected.");
        } else {
            out.println("Not as expected:");
            failures.forEach(f -> out.println("  - " + f));
        }
        out.flush();
        return failures.isEmpty();
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("micronaut.server.port", -1);
        settings.put("facade.proxy.port", 0);
        settings.put("facade.routing.poll-interval", "200ms");
        settings.put("facade.proxy.figures-interval", "200ms");
        settings.put("facade.rollout.tick", "200ms");
        settings.put("facade.rollout.grace", "200ms");
        // The story is told by errors (1.2.0 breaks a column); the demo's queries take a few ms, and
        // on a busy laptop the canary's mean can drift by more than the 2 ms default from CPU
        // contention alone, which would roll back the healthy 1.1.0. A real regression of 25 ms
        // still fails it.
        settings.put("facade.rollout.analysis.min-latency-increase-ms", "25");
        return settings;
    }

    private void story(SwitchContext context, DemoReleases releases) throws Exception {
        context.bean(CoreMigrator.class).migrate(coreFolder, "demo");
        timeline.say("core schema migrated from " + coreFolder);
        deploy(context, releases.release100(), "1.0.0");
        seed(context);
        context.bean(ApiTokens.class).generate("demo");
        try (SwitchServer server = SwitchServer.start(context)) {
            timeline.say("switch serving: HTTP API on " + server.url() + ", PostgreSQL proxy on port "
                    + server.proxy().port());
            long customer = customerId(context);
            try (DemoFleet fleet = DemoFleet.start(INSTANCES, server.proxy().port(),
                    EmbeddedPostgresServer.DEMO_APP_ROLE, EmbeddedPostgresServer.DEMO_APP_PASSWORD, customer,
                    timeline::say)) {
                timeline.say(INSTANCES + " application instances (app-1 to app-" + INSTANCES + ") connected through"
                        + " the proxy as " + EmbeddedPostgresServer.DEMO_APP_ROLE + ": each reads products and now"
                        + " and then places an order");
                Thread.sleep(1_000);
                timeline.say("so far " + fleet.statements() + " statements, " + fleet.errors() + " errors");
                healthyRollout(context, releases);
                List<String> stableBefore = names(fleet);
                brokenRollout(context, releases, fleet, stableBefore);
                Thread.sleep(600);
                summary(fleet);
            }
            // Before the server stops: stopping the HTTP server closes the services with it.
            printAudit(context.bean(AuditLog.class).all());
        }
    }

    private void healthyRollout(SwitchContext context, DemoReleases releases) throws Exception {
        deploy(context, releases.release110(), "1.1.0");
        RolloutService rollouts = context.bean(RolloutService.class);
        RolloutPlan plan = new RolloutPlan("demo", List.of(new RolloutStep(List.of("app-1"), null, null),
                RolloutStep.percent(25), RolloutStep.percent(50)), "3s", "1s", 30L, null,
                new ApprovalPolicy(false, true, true));
        timeline.say("alice starts a rollout of 1.1.0 with plan " + plan.describe());
        rollouts.start("alice", plan, "ship 1.1.0: popular products");
        Rollout waiting = timeline.follow(rollouts, 60_000, RolloutState.AWAITING_APPROVAL);
        if (waiting == null || waiting.state() != RolloutState.AWAITING_APPROVAL) {
            failures.add("the healthy rollout should have reached its promotion gate, but is "
                    + (waiting == null ? "missing" : waiting.state().label()));
            return;
        }
        try {
            rollouts.approve("alice", "looks fine to me");
            failures.add("alice could approve her own rollout, though the plan needs a second person");
        } catch (RolloutException refused) {
            timeline.say("alice tries to approve it herself: refused (" + refused.getMessage() + ")");
        }
        timeline.say("bob approves: \"all steps passed, go\"");
        rollouts.approve("bob", "all steps passed, go");
        Rollout promoted = timeline.follow(rollouts, 5_000);
        if (promoted.state() != RolloutState.PROMOTED) {
            failures.add("1.1.0 should have been promoted, but its rollout is " + promoted.state().label());
        }
    }

    private void brokenRollout(SwitchContext context, DemoReleases releases, DemoFleet fleet, List<String> all)
            throws Exception {
        deploy(context, releases.release120Broken(), "1.2.0");
        RolloutService rollouts = context.bean(RolloutService.class);
        RolloutPlan plan = new RolloutPlan("demo", List.of(new RolloutStep(List.of("app-3"), null, null),
                RolloutStep.percent(50)), "3s", "1s", 30L, null, ApprovalPolicy.NONE);
        timeline.say("alice starts a rollout of 1.2.0 with plan " + plan.describe());
        rollouts.start("alice", plan, "ship 1.2.0: prices through a helper");
        Rollout ended = timeline.follow(rollouts, 30_000);
        if (ended.state() != RolloutState.ROLLED_BACK) {
            failures.add("the broken 1.2.0 should have been rolled back, but its rollout is " + ended.state().label());
        }
        for (String name : all) {
            DemoFleet.App app = fleet.app(name);
            if (!name.equals("app-3") && app.errors.get() > 0) {
                failures.add(name + " was never on the canary but saw " + app.errors.get() + " error(s): "
                        + app.errorsByState);
            }
        }
        if (fleet.app("app-3").errors.get() == 0) {
            failures.add("app-3, the canary, should have seen the broken view");
        }
    }

    private void summary(DemoFleet fleet) {
        timeline.say("the instances ran " + fleet.statements() + " statements and placed " + fleet.orders()
                + " orders; errors: " + (fleet.errors() == 0 ? "none" : fleet.errorSummary()));
        for (DemoFleet.App app : fleet.apps()) {
            if (app.statements.get() == 0) {
                failures.add(app.name + " got no statement through");
            }
        }
        if (fleet.orders() == 0) {
            failures.add("no order was placed");
        }
    }

    private void deploy(SwitchContext context, Path folder, String release) throws InterruptedException {
        DeployOutcome outcome = deployWhenFree(context, folder, release);
        if (!(outcome instanceof DeployOutcome.Deployed deployed)) {
            throw new IllegalStateException("release " + release + " was already deployed; the demo needs a fresh"
                    + " database");
        }
        timeline.say("release-bot deploys " + release + " into " + deployed.colour()
                + (deployed.active() ? ", active for everyone" : ", not yet taking traffic"));
        deployed.warnings().forEach(w -> timeline.say("  warning: " + w));
    }

    /**
     * Right after a promote, the proxies may still report connections on the colour being deployed
     * to (they move at their next transaction boundary), and a deploy refuses such a colour.
     */
    private DeployOutcome deployWhenFree(SwitchContext context, Path folder, String release)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        boolean told = false;
        while (true) {
            try {
                return context.bean(DeployService.class).deploy(folder, release, "release-bot");
            } catch (DeployException e) {
                if (e.reason() != DeployErrorCode.TARGET_IN_USE || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                if (!told) {
                    timeline.say("release-bot waits: " + e.getMessage().replaceFirst(": deploy again.*", ""));
                    told = true;
                }
                Thread.sleep(100);
            }
        }
    }

    private static void seed(SwitchContext context) throws SQLException {
        try (Connection connection = DriverManager.getConnection(context.embeddedUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO core.product (sku, name, price_cents) VALUES ('DEMO-TEA', 'Green tea', 450),"
                    + " ('DEMO-MUG', 'Blue mug', 1200)");
            statement.execute("INSERT INTO core.customer (email, full_name) VALUES ('demo@example.invalid', 'Demo')");
        }
    }

    private static long customerId(SwitchContext context) throws SQLException {
        try (Connection connection = DriverManager.getConnection(context.embeddedUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT id FROM core.customer WHERE email = 'demo@example.invalid'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> names(DemoFleet fleet) {
        return fleet.apps().stream().map(a -> a.name).toList();
    }

    private void printAudit(List<AuditEntry> entries) {
        out.println();
        out.println("The audit log, in order (who, what, why):");
        for (AuditEntry entry : entries) {
            out.printf("  %4d %s %-12s %-26s %s%s%n", entry.id(), CLOCK.format(entry.at()), entry.actor(),
                    entry.action(), entry.subject() == null ? "" : entry.subject() + ": ",
                    entry.reason() == null ? "" : entry.reason());
        }
        out.flush();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
