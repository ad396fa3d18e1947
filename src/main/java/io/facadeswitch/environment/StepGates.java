package io.facadeswitch.environment;

import io.facadeswitch.control.AuditLog;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks the current environment's gate before a step and records the step after it: the
 * predecessor rule, the approvals, the windows and freezes, in that order, each refusal saying
 * what is missing. Every decision, yes or no, goes to the audit log with what it was made from.
 * Without an environment ({@code --env}) there is no gate and nothing is recorded.
 */
@Singleton
public final class StepGates {

    private final CurrentEnvironment current;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;
    private final RoutingService routing;
    private final PredecessorRule predecessors = new PredecessorRule(new EnvironmentConnections(System::getenv));

    StepGates(CurrentEnvironment current, TransactionOperations<Connection> transactions, AuditLog audit,
              RoutingService routing) {
        this.current = current;
        this.transactions = transactions;
        this.audit = audit;
        this.routing = routing;
    }

    /** The step behind the gate: checked first, then run, then recorded for the next environment. */
    public <T> T run(StepSubject subject, String actor, Emergency emergency, Supplier<T> step) {
        GatePass pass = check(subject, actor, emergency);
        T result = step.get();
        done(pass, actor);
        return result;
    }

    /**
     * A routing step about the release it would bring in: the standby colour's (the canary's, when
     * one runs), known by the bundle it was deployed from here. Without an environment, a bare
     * subject that no gate looks at.
     */
    public StepSubject routingSubject(Step step) {
        RoutingSnapshot snapshot = routing.snapshot();
        if (!active() || snapshot.active() == null) {
            return new StepSubject(step, "none", null, null, null);
        }
        Colour target = snapshot.canary() != null ? Colour.of(snapshot.canary().colour())
                : snapshot.activeColour().other();
        RoutingSnapshot.ColourStatus colour = snapshot.colour(target);
        if (colour.release() == null || colour.checksum() == null) {
            return new StepSubject(step, "none", null, null, null);
        }
        return transactions.executeRead(status -> StepRecords.deployedBundle(status.getConnection(), step,
                colour.checksum())).orElse(new StepSubject(step, colour.release(), null, colour.checksum(), null));
    }

    /** The gate's yes for the step, or a {@link GateException} saying what is missing (audited either way). */
    public GatePass check(StepSubject subject, String actor, Emergency emergency) {
        Optional<Environment> named = current.environment();
        if (named.isEmpty()) {
            return new GatePass(null, subject, false, null);
        }
        Environment environment = named.get();
        Environments environments = current.environments().orElseThrow();
        Gate gate = environment.gate(subject.step());
        Optional<Environment> predecessor = environments.predecessorOf(environment);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("step", subject.step().key());
        inputs.put("release", subject.release());
        inputs.put("checksum", subject.checksum());
        inputs.put("facadeChecksum", subject.facadeChecksum());
        predecessor.ifPresent(p -> inputs.put("predecessor", p.name()));
        GateException refusal = null;
        boolean overridden = false;
        try {
            if (subject.checksum() == null && (predecessor.isPresent() || gate.needsApprovals() || gate.needsRehearsal())) {
                throw bundleRequired(environment, subject);
            }
            if (predecessor.isPresent()) {
                Optional<String> missing = predecessors.check(environment, predecessor.get(), subject);
                if (missing.isPresent()) {
                    throw new GateException(GateErrorCode.PREDECESSOR, environment.name() + " refuses "
                            + subject.describe() + ": " + missing.get());
                }
            }
            overridden = transactions.executeRead(status -> {
                Connection connection = status.getConnection();
                Instant now = new ControlRecord(connection).databaseNow();
                if (gate.needsApprovals()) {
                    checkApprovals(connection, environment, environments, gate, subject, inputs);
                }
                if (gate.needsRehearsal()) {
                    RehearsalEvidence.check(connection, environment, gate, subject, now, inputs);
                }
                return checkSchedule(environment, gate, subject, emergency, now, inputs);
            });
        } catch (GateException e) {
            refusal = e;
        }
        inputs.put("emergency", overridden);
        inputs.put("decision", refusal == null ? "allowed" : "refused");
        if (refusal != null) {
            inputs.put("code", refusal.code());
            inputs.put("why", refusal.getMessage());
        }
        String reason = emergency.asked() ? emergency.reason() : null;
        transactions.executeWrite(status -> audit.record(actor, "gate", environment.name() + " " + subject.step().key(),
                reason, null, inputs, null));
        if (refusal != null) {
            throw refusal;
        }
        return new GatePass(environment.name(), subject, overridden, reason);
    }

    /** Records a step the gate let through and that then succeeded, for the next environment's predecessor rule. */
    public void done(GatePass pass, String actor) {
        if (pass.environment() == null || pass.subject().checksum() == null) {
            return;
        }
        transactions.executeWrite(status -> {
            StepRecords.record(status.getConnection(), pass.environment(), pass.subject(), actor, pass.emergency(),
                    pass.reason());
            return null;
        });
    }

    /** Whether a step needs a gate here at all (an environment is named). */
    public boolean active() {
        return current.environment().isPresent();
    }

    private void checkApprovals(Connection connection, Environment environment, Environments environments, Gate gate,
                                StepSubject subject, Map<String, Object> inputs) throws SQLException {
        Instant now = new ControlRecord(connection).databaseNow();
        Set<String> approvers = environments.approversOf(gate);
        List<ApprovalRequest> requests = ApprovalStore.forGate(connection, environment.name(), subject.step().key(),
                subject.checksum());
        ApprovalRequest best = null;
        Set<String> bestGrants = Set.of();
        List<String> seen = new ArrayList<>();
        for (ApprovalRequest request : requests) {
            String state = request.state(now);
            seen.add("#" + request.id() + " " + state);
            if (!state.equals("open")) {
                continue;
            }
            Set<String> grants = request.countedGrants(approvers);
            if (best == null || grants.size() > bestGrants.size()) {
                best = request;
                bestGrants = grants;
            }
        }
        inputs.put("approvalsNeeded", gate.approvals());
        inputs.put("requests", seen);
        if (best != null) {
            inputs.put("request", best.id());
            inputs.put("requestedBy", best.requestedBy());
            inputs.put("approvedBy", List.copyOf(bestGrants));
        }
        if (bestGrants.size() >= gate.approvals()) {
            return;
        }
        String who = approvers.isEmpty() ? "anyone but the requester" : String.join(", ", approvers.stream().sorted()
                .toList()) + " (not the requester)";
        String have = best == null ? (requests.isEmpty() ? "no request has been made"
                : "no open request (" + String.join(", ", seen) + ")")
                : "request #" + best.id() + " by " + best.requestedBy() + " has " + bestGrants.size()
                + (bestGrants.isEmpty() ? "" : " (" + String.join(", ", bestGrants) + ")");
        String next = best == null ? "ask with: approval request --env " + environment.name() + " --step "
                + subject.step().key() + " --bundle FILE --reason TEXT, then someone else runs: approval grant ID --env "
                + environment.name()
                : "another approver runs: approval grant " + best.id() + " --env " + environment.name();
        throw new GateException(GateErrorCode.APPROVALS_MISSING, environment.name() + " refuses " + subject.describe()
                + ": its " + subject.step().key() + " gate needs " + gate.approvals() + " approval(s) from " + who
                + " for this checksum; " + have + "; " + next);
    }

    private boolean checkSchedule(Environment environment, Gate gate, StepSubject subject, Emergency emergency,
                                  Instant now, Map<String, Object> inputs) {
        GateSchedule.Decision decision = GateSchedule.decide(gate, now);
        if (decision.open()) {
            return false;
        }
        inputs.put("window", decision.describe());
        String refused = environment.name() + " refuses " + subject.describe() + " now: " + decision.describe();
        if (!emergency.asked()) {
            throw new GateException(GateErrorCode.WINDOW_CLOSED, refused + (decision.emergencyAllowed()
                    ? "; in an emergency, add --emergency --reason TEXT (audited)" : "; no override is allowed"));
        }
        if (!decision.emergencyAllowed()) {
            throw new GateException(GateErrorCode.EMERGENCY_REFUSED, refused + "; and " + environment.name()
                    + (decision.freeze() != null ? " forbids overriding this freeze" : " allows no emergency override of"
                    + " its " + subject.step().key() + " gate") + "; wait for the next opening");
        }
        if (emergency.reason() == null || emergency.reason().isBlank()) {
            throw new GateException(GateErrorCode.EMERGENCY_REFUSED, "an emergency override needs a reason: add --reason"
                    + " TEXT saying why " + subject.describe() + " cannot wait (" + decision.describe() + ")");
        }
        return true;
    }

    private static GateException bundleRequired(Environment environment, StepSubject subject) {
        String how = switch (subject.step()) {
            case MIGRATE_CORE, DEPLOY -> "build it once with: bundle --release " + subject.release()
                    + ", then pass --bundle FILE here and in every environment";
            default -> "release " + subject.release() + " on the standby colour was deployed here from folders, not a"
                    + " bundle; deploy it with --bundle FILE";
        };
        return new GateException(GateErrorCode.BUNDLE_REQUIRED, environment.name() + " takes releases only as bundles"
                + " (it has a predecessor, approvals or a rehearsal in its gate, all bound to a bundle's checksum): " + how);
    }
}
