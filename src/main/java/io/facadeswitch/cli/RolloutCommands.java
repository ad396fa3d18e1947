package io.facadeswitch.cli;

import io.facadeswitch.Durations;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.canary.PlanChoice;
import io.facadeswitch.canary.RolloutErrorCode;
import io.facadeswitch.canary.RolloutException;
import io.facadeswitch.canary.RolloutPlan;
import io.facadeswitch.canary.RolloutService;
import io.facadeswitch.canary.RolloutState;
import io.facadeswitch.canary.RolloutView;
import io.facadeswitch.environment.Emergency;
import io.facadeswitch.environment.Step;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The rollout subcommands: each works on the database, or through a running switch with --server. */
final class RolloutCommands {

    private RolloutCommands() {
    }

    /** A rollout change: made with the service, or posted to the API; prints the rollout after it. */
    abstract static class Change extends SwitchCommand {

        @Option(names = "--json", description = "Print the rollout as one JSON document.")
        boolean json;

        abstract RolloutView change(RolloutService rollouts, String actor);

        abstract String path();

        /** The gate this change passes in an environment (only start has one). */
        Optional<Step> gatedStep() {
            return Optional.empty();
        }

        Emergency emergency() {
            return Emergency.NONE;
        }

        Map<String, Object> body() {
            return new HashMap<>();
        }

        @Override
        final int run(SwitchContext context) throws Exception {
            RolloutService rollouts = context.bean(RolloutService.class);
            Optional<Step> step = gatedStep();
            RolloutView view = step.isEmpty() ? change(rollouts, common.actor())
                    : gates(context).run(gates(context).routingSubject(step.get()), common.actor(), emergency(),
                            () -> change(rollouts, common.actor()));
            if (json) {
                printJson(context, view);
            } else {
                out().println(RolloutText.format(view, Instant.now()));
            }
            return 0;
        }

        @Override
        final int runRemote(ApiClient client) {
            String answer = client.post(path(), body());
            if (json) {
                printJson(answer);
            } else {
                out().println(RolloutText.format(client.read(answer, RolloutView.class), Instant.now()));
            }
            return 0;
        }
    }

    /** A change whose only input is why, for the audit log. */
    abstract static class ReasonedChange extends Change {
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
        String reason;

        @Override
        Map<String, Object> body() {
            return reason(reason);
        }
    }

    /** A decision at a gate, with a comment recorded next to the person's name. */
    abstract static class Decision extends Change {
        @Option(names = "--comment", paramLabel = "TEXT", description = "Recorded with the decision.")
        String comment;

        @Override
        Map<String, Object> body() {
            Map<String, Object> body = new HashMap<>();
            body.put("comment", comment);
            return body;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = {"Starts rolling the release on the standby colour out, step by step.",
                    "Named plans: quick (10%%, 50%%; 2m each), standard (5%%, 25%%, 50%%; 10m each; approval before"
                            + " promotion), careful (1%% to 50%% in 5 steps; 30m each; approvals before start and"
                            + " promotion, by someone other than the initiator)."})
    static final class Start extends Change {

        @Option(names = "--plan", paramLabel = "NAME", description = "A named plan (default: standard).")
        String plan;

        @Option(names = "--plan-file", paramLabel = "FILE", description = "A plan of your own, as JSON (see README).")
        Path planFile;

        @Option(names = "--instances", split = ",", paramLabel = "NAME",
                description = "Instances to pin to the new release in a first step of their own, comma-separated.")
        List<String> instances;

        @Option(names = "--hold", paramLabel = "DURATION", description = "Hold every step this long instead (e.g. 30s).")
        String hold;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
        String reason;

        @Mixin
        EmergencyOption emergency;

        @Override
        RolloutView change(RolloutService rollouts, String actor) {
            return rollouts.start(actor, plan(), reason);
        }

        @Override
        Optional<Step> gatedStep() {
            return Optional.of(Step.ROLLOUT);
        }

        @Override
        Emergency emergency() {
            return emergency.with(reason);
        }

        @Override
        String path() {
            return "/api/rollouts";
        }

        @Override
        Map<String, Object> body() {
            Map<String, Object> body = new HashMap<>();
            body.put("plan", plan());
            body.put("reason", reason);
            if (emergency.asked) {
                body.put("emergency", true);
            }
            return body;
        }

        private RolloutPlan plan() {
            if (plan != null && planFile != null) {
                throw new ParameterException(spec.commandLine(), "give --plan or --plan-file, not both");
            }
            if (hold != null) {
                try {
                    Durations.parse(hold);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--hold: " + e.getMessage());
                }
            }
            RolloutPlan document = null;
            if (planFile != null) {
                try {
                    document = ObjectMapper.getDefault().readValue(Files.readString(planFile), RolloutPlan.class);
                } catch (IOException | RuntimeException e) {
                    throw new RolloutException(RolloutErrorCode.BAD_PLAN, "cannot read the plan file " + planFile
                            + ": " + e.getMessage() + "; see the README's plan file example");
                }
            }
            return PlanChoice.of(plan, document, instances, hold);
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Where the rollout in progress (else the latest one) is, and its latest verdicts.",
                    "With --watch: prints each change until the rollout ends; exit status 0 when it was promoted,"
                            + " 1 when it was rolled back, aborted or rejected."})
    static final class Status extends SwitchCommand {

        @Option(names = "--json", description = "Print the rollout as one JSON document.")
        boolean json;

        @Option(names = "--watch", arity = "0..1", paramLabel = "EVERY", fallbackValue = "2s",
                description = "Follow the rollout, looking every EVERY (default 2s), until it ends.")
        String watch;

        @Override
        int run(SwitchContext context) throws Exception {
            RolloutService rollouts = context.bean(RolloutService.class);
            ObjectMapper mapper = context.bean(ObjectMapper.class);
            return follow(rollouts::current, view -> mapper.writeValueAsString(view));
        }

        @Override
        int runRemote(ApiClient client) throws Exception {
            return follow(() -> Optional.of(client.read(client.get("/api/rollouts/current"), RolloutView.class)),
                    view -> ObjectMapper.getDefault().writeValueAsString(view));
        }

        interface Json {
            String of(RolloutView view) throws IOException;
        }

        private int follow(Supplier<Optional<RolloutView>> read, Json toJson) throws Exception {
            Duration every = null;
            if (watch != null) {
                try {
                    every = Durations.parse(watch);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--watch: " + e.getMessage());
                }
            }
            String last = null;
            while (true) {
                Optional<RolloutView> view = read.get();
                if (view.isEmpty()) {
                    throw new RolloutException(RolloutErrorCode.NO_ROLLOUT,
                            "there has been no rollout yet; 'rollout start' begins one");
                }
                String text = json ? toJson.of(view.get()) : RolloutText.format(view.get(), Instant.now());
                String key = view.get().rollout().state() + "/" + view.get().rollout().step() + "/"
                        + view.get().verdicts().size() + "/" + (view.get().verdicts().isEmpty() ? 0
                        : view.get().verdicts().get(0).id());
                if (every == null || !key.equals(last)) {
                    out().println(text);
                    out().flush();
                }
                last = key;
                RolloutState state = view.get().rollout().state();
                if (every == null) {
                    return 0;
                }
                if (state.ended()) {
                    return state == RolloutState.PROMOTED ? 0 : 1;
                }
                Thread.sleep(every.toMillis());
            }
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Holds the current step.")
    static final class Pause extends ReasonedChange {

        @Override
        RolloutView change(RolloutService rollouts, String actor) {
            return rollouts.pause(actor, reason);
        }

        @Override
        String path() {
            return "/api/rollouts/current/pause";
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Resumes a paused step; its hold and its analysis window start again.")
    static final class Resume extends ReasonedChange {

        @Override
        RolloutView change(RolloutService rollouts, String actor) {
            return rollouts.resume(actor, reason);
        }

        @Override
        String path() {
            return "/api/rollouts/current/resume";
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = {"Goes to the next step now, without waiting for the hold to end.",
                    "With --full, goes straight to promotion (an approval the plan requires is still needed)."})
    static final class Promote extends ReasonedChange {
        @Option(names = "--full", description = "Skip every step left.")
        boolean full;

        @Option(names = "--expect-step", paramLabel = "N",
                description = "Refuse unless the rollout is still at step N (guards against a step moving meanwhile).")
        Integer expectedStep;

        @Override
        RolloutView change(RolloutService rollouts, String actor) {
            return rollouts.promote(actor, full, reason, expectedStep);
        }

        @Override
        String path() {
            return "/api/rollouts/current/promote";
        }

        @Override
        Map<String, Object> body() {
            Map<String, Object> body = super.body();
            body.put("full", full);
            body.put("expectedStep", expectedStep);
            return body;
        }
    }

    @Command(name = "abort", mixinStandardHelpOptions = true,
            description = "Ends the rollout: every instance back on the active colour at once.")
    static final class Abort extends Change {
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (required).")
        String reason;

        @Override
        RolloutView change(RolloutService rollouts, String actor) {
            return rollouts.abort(actor, reason);
        }

        @Override
        String path() {
            return "/api/rollouts/current/abort";
        }

        @Override
        Map<String, Object> body() {
            return reason(reason);
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Starts the latest rollout's plan again (after a rollback, abort or rejection), for the"
                    + " release now on the standby colour.")
    static final class Retry extends ReasonedChange {

        @Override
        RolloutView change(RolloutService rollouts, String actor) {
            return rollouts.retry(actor, reason);
        }

        @Override
        String path() {
            return "/api/rollouts/current/retry";
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approves the gate the rollout waits at: its start, or its promotion.")
    static final class Approve extends Decision {

        @Override
        RolloutView change(RolloutService rollouts, String actor) {
            return rollouts.approve(actor, comment);
        }

        @Override
        String path() {
            return "/api/rollouts/current/approve";
        }

    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Rejects at the gate the rollout waits at; the rollout ends and nobody stays on it.")
    static final class Reject extends Decision {

        @Override
        RolloutView change(RolloutService rollouts, String actor) {
            return rollouts.reject(actor, comment);
        }

        @Override
        String path() {
            return "/api/rollouts/current/reject";
        }

    }

    private static Map<String, Object> reason(String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        return body;
    }
}
