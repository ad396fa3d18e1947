package io.facadeswitch.cli;

import io.facadeswitch.app.ControlSchemaUse;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.environment.ApprovalRequest;
import io.facadeswitch.environment.Approvals;
import io.facadeswitch.environment.ReleaseBundle;
import io.facadeswitch.environment.Step;
import io.facadeswitch.environment.StepSubject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** approval request, grant, reject and list: the people's part of an environment's gate. */
@Command(name = "approval", mixinStandardHelpOptions = true,
        description = {"Approvals for a step of an environment's gate, bound to one bundle checksum.",
                "The requester never counts; the step itself checks the gate."},
        subcommands = {ApprovalCommand.Request.class, ApprovalCommand.Grant.class, ApprovalCommand.Reject.class,
                ApprovalListCommand.class})
final class ApprovalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name what to do: request, grant, reject or list");
    }

    static String describe(ApprovalRequest request, Instant now) {
        String decisions = request.decisions().isEmpty() ? "no decision yet" : request.decisions().stream()
                .map(d -> d.actor() + " " + (d.decision().equals("grant") ? "granted" : "rejected")
                        + (d.reason() == null ? "" : " (" + d.reason() + ")"))
                .collect(Collectors.joining(", "));
        return String.format("#%d %s %s of %s (bundle %s) requested by %s, %s; %s; expires %s", request.id(),
                request.environment(), request.step(), request.release(), request.checksum().substring(0, 12),
                request.requestedBy(), request.state(now), decisions, request.expiresAt());
    }

    /** Asks for approval of one step of one bundle in the environment. */
    @Command(name = "request", mixinStandardHelpOptions = true,
            description = "Records a request for approval of a step (migrate-core, deploy, promote, canary, rollout) of"
                    + " the bundle in the environment (--env).")
    static final class Request extends SwitchCommand {

        @Option(names = "--step", required = true, paramLabel = "STEP",
                description = "The step: migrate-core, deploy, promote, canary or rollout.")
        String step;

        @Option(names = "--bundle", required = true, paramLabel = "FILE", description = "The bundle (from 'bundle').")
        Path bundle;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "What is released and why.")
        String reason;

        @Option(names = "--json", description = "Print the request as one JSON document (with its id).")
        boolean json;

        @Override
        ControlSchemaUse controlSchemaUse(boolean embedded) {
            return ControlSchemaUse.INSTALL;
        }

        /** Through a running switch: the bundle is opened (verified) here, and its identity sent. */
        @Override
        int runRemote(ApiClient client) throws Exception {
            StepSubject subject = subject();
            Map<String, Object> body = new HashMap<>();
            body.put("step", subject.step().key());
            body.put("release", subject.release());
            body.put("checksum", subject.checksum());
            body.put("reason", reason);
            print(client.post("/api/approvals", body), client);
            return 0;
        }

        /** The step of the bundle, opened (every checksum verified) only to read its identity. */
        private StepSubject subject() {
            Step chosen = step(spec, step);
            try (ReleaseBundle opened = ReleaseBundle.open(bundle)) {
                return StepSubject.of(chosen, opened.manifest());
            }
        }

        private void print(String answer, ApiClient client) {
            if (json) {
                printJson(answer);
            } else {
                ApprovalRequest request = client.read(answer, ApprovalRequest.class);
                out().println("requested: " + describe(request, Instant.now()));
                out().println("someone else approves with: approval grant " + request.id());
            }
        }

        @Override
        int run(SwitchContext context) throws Exception {
            ApprovalRequest request = context.bean(Approvals.class).request(subject(), common.actor(), reason);
            if (json) {
                printJson(context, request);
            } else {
                out().println("requested: " + describe(request, Instant.now()));
                out().println("someone else approves with: approval grant " + request.id() + " --env "
                        + request.environment());
            }
            return 0;
        }
    }

    /** A yes on someone else's request. */
    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Approves a request (not your own; only the gate's approvers, when it names any).")
    static final class Grant extends Decide {
        @Override
        ApprovalRequest decide(Approvals approvals, long id, String actor) {
            return approvals.grant(id, actor, reason);
        }
    }

    /** A no: the request is closed, and a new one is needed. */
    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Rejects a request, closing it; needs --reason.")
    static final class Reject extends Decide {
        @Override
        ApprovalRequest decide(Approvals approvals, long id, String actor) {
            return approvals.reject(id, actor, reason);
        }
    }

    /** grant and reject: one decision on one request. */
    abstract static class Decide extends SwitchCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "The request's number (see: approval list).")
        long id;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, recorded with the decision.")
        String reason;

        @Option(names = "--json", description = "Print the request after the decision as one JSON document.")
        boolean json;

        abstract ApprovalRequest decide(Approvals approvals, long id, String actor);

        @Override
        int runRemote(ApiClient client) throws Exception {
            Map<String, Object> body = new HashMap<>();
            body.put("reason", reason);
            String answer = client.post("/api/approvals/" + id + "/" + spec.name(), body);
            if (json) {
                printJson(answer);
            } else {
                out().println(describe(client.read(answer, ApprovalRequest.class), Instant.now()));
            }
            return 0;
        }

        @Override
        int run(SwitchContext context) throws Exception {
            ApprovalRequest request = decide(context.bean(Approvals.class), id, common.actor());
            if (json) {
                printJson(context, request);
            } else {
                out().println(describe(request, Instant.now()));
            }
            return 0;
        }
    }

    static Step step(CommandSpec spec, String key) {
        return Step.ofKey(key).orElseThrow(() -> new ParameterException(spec.commandLine(), "--step " + key
                + " is not a step; use one of: " + Arrays.stream(Step.values()).map(Step::key)
                .collect(Collectors.joining(", "))));
    }
}
