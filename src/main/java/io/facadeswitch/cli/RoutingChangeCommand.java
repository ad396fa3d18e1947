package io.facadeswitch.cli;

import io.facadeswitch.Durations;
import io.facadeswitch.api.StatusDocument;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.environment.Emergency;
import io.facadeswitch.environment.Step;
import io.facadeswitch.replica.ProxySettlement;
import io.facadeswitch.replica.ReplicaRepository;
import io.facadeswitch.replica.ReplicaRow;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSettings;
import io.facadeswitch.routing.RoutingSnapshot;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * A change to the routing (canary, promote, rollback, abort): made on the database, or through a
 * running switch with --server; answers with the new routing, as text or --json.
 */
abstract class RoutingChangeCommand extends SwitchCommand {

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
    String reason;

    @Option(names = "--expect-generation", paramLabel = "N",
            description = "Refuse unless the routing is still at this generation (guards against a concurrent change).")
    Long expectedGeneration;

    @Option(names = "--json", description = "Print the new routing as one JSON document.")
    boolean json;

    @Option(names = "--wait", arity = "0..1", paramLabel = "TIMEOUT", fallbackValue = "30s",
            description = "Return only when every live switch replica applies the change and its proxy has moved every"
                    + " idle connection (connections in a transaction move when it ends). Fails with exit status 1"
                    + " and names who has not, after TIMEOUT (default 30s; e.g. 500ms, 10s, 2m).")
    String wait;

    /** The gate this change passes in an environment (promote, canary); rollback and abort pass none. */
    Optional<Step> gatedStep() {
        return Optional.empty();
    }

    /** Whether --emergency was given (only the gated changes take it). */
    boolean emergency() {
        return false;
    }

    /** The change, made directly on the database. */
    abstract RoutingSnapshot change(RoutingService routing);

    /** One line saying what the routing is now. */
    abstract String describe(RoutingSnapshot after);

    /** The request body for POST /api/{name}; subclasses add their own fields. */
    Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("expectedGeneration", expectedGeneration);
        if (emergency()) {
            body.put("emergency", true);
        }
        return body;
    }

    @Override
    final int run(SwitchContext context) throws Exception {
        Duration timeout = waitTimeout();
        RoutingService routing = context.bean(RoutingService.class);
        Optional<Step> step = gatedStep();
        RoutingSnapshot after = step.isEmpty() ? change(routing)
                : gates(context).run(gates(context).routingSubject(step.get()), common.actor(),
                        new Emergency(emergency(), reason), () -> change(routing));
        if (json) {
            printJson(context, after);
        } else {
            out().println(describe(after));
        }
        if (timeout == null) {
            return 0;
        }
        ReplicaRepository replicas = context.bean(ReplicaRepository.class);
        double liveWithin = context.bean(RoutingSettings.class).liveWithinSeconds();
        return awaitSettled(after.generation(), timeout, () -> replicas.live(liveWithin));
    }

    @Override
    final int runRemote(ApiClient client) throws Exception {
        Duration timeout = waitTimeout();
        String answer = client.post("/api/" + spec.name(), body());
        RoutingSnapshot after = client.read(answer, RoutingSnapshot.class);
        if (json) {
            printJson(answer);
        } else {
            out().println(describe(after));
        }
        if (timeout == null) {
            return 0;
        }
        return awaitSettled(after.generation(), timeout,
                () -> client.read(client.get("/api/status"), StatusDocument.class).replicas());
    }

    private Duration waitTimeout() {
        if (wait == null) {
            return null;
        }
        try {
            return Durations.parse(wait);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--wait: " + e.getMessage());
        }
    }

    /** Polls the replicas' reports until the change has settled everywhere, or the timeout says who has not. */
    private int awaitSettled(long generation, Duration timeout, Supplier<List<ReplicaRow>> live)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        ProxySettlement settlement = ProxySettlement.of(live.get(), generation);
        while (!settlement.settled() && System.nanoTime() - deadline < 0) {
            Thread.sleep(25);
            settlement = ProxySettlement.of(live.get(), generation);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!settlement.settled()) {
            err().printf("not settled within %s: generation %d is not yet applied everywhere:%n", wait, generation);
            settlement.waiting().forEach(line -> err().println("  " + line));
            err().println("Check those replicas (status, their logs); the routing change itself is committed.");
            return 1;
        }
        if (settlement.replicas() == 0) {
            err().println("no switch replica is running: nothing to wait for");
        } else if (!json) {
            out().printf("settled in %d ms: %d replica(s), %d proxy(ies) apply generation %d%s%n", millis,
                    settlement.replicas(), settlement.proxies(), generation, settlement.busy() == 0 ? ""
                            : "; " + settlement.busy() + " connection(s) in a transaction move when it ends");
        }
        return 0;
    }
}
