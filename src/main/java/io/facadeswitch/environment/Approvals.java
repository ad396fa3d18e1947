package io.facadeswitch.environment;

import io.facadeswitch.OperatorText;
import io.facadeswitch.control.AuditLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Approval requests and decisions for the current environment's gates. A request binds to the
 * environment, one step and one bundle checksum, and expires after the gate's
 * {@code approval-expiry}; the requester never decides on it, and only the gate's approvers do
 * when it names any. Each change is one transaction with its audit entry.
 */
@Singleton
public final class Approvals {

    /** The most requests {@code approval list} returns. */
    public static final int MAX_LIST = 1_000;

    private final CurrentEnvironment current;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;

    Approvals(CurrentEnvironment current, TransactionOperations<Connection> transactions, AuditLog audit) {
        this.current = current;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Records a request for the gate of {@code subject}'s step; refused when that gate needs no approval. */
    public ApprovalRequest request(StepSubject subject, String requestedBy, String reason) {
        Environment environment = environment();
        Gate gate = environment.gate(subject.step());
        if (!gate.needsApprovals()) {
            throw new GateException(GateErrorCode.APPROVAL_NOT_NEEDED, "the " + subject.step().key() + " gate of "
                    + environment.name() + " needs no approval; run the step itself");
        }
        String why = OperatorText.reason("the reason", reason);
        if (why == null || why.isBlank()) {
            throw new OperatorText.InvalidInput("an approval request needs --reason: say what is released and why");
        }
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            long id = ApprovalStore.request(connection, environment.name(), subject, requestedBy, why,
                    gate.approvalExpiry());
            ApprovalRequest request = ApprovalStore.findForUpdate(connection, environment.name(), id).orElseThrow();
            audit.record(requestedBy, "approval-request", environment.name() + " " + subject.step().key(), why, null,
                    Map.of("id", id, "release", subject.release(), "checksum", subject.checksum(),
                            "expiresAt", request.expiresAt().toString(), "needs", gate.approvals()), null);
            return request;
        });
    }

    public ApprovalRequest grant(long id, String actor, @Nullable String reason) {
        return decide(id, actor, "grant", reason);
    }

    public ApprovalRequest reject(long id, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new OperatorText.InvalidInput("a rejection needs --reason: say what must change");
        }
        return decide(id, actor, "reject", reason);
    }

    /** The newest requests of the current environment, newest first. */
    public List<ApprovalRequest> list(int limit) {
        Environment environment = environment();
        return transactions.executeRead(status -> ApprovalStore.newest(status.getConnection(), environment.name(),
                Math.min(Math.max(limit, 1), MAX_LIST)));
    }

    private ApprovalRequest decide(long id, String actor, String decision, @Nullable String reason) {
        Environment environment = environment();
        String why = OperatorText.reason("the reason", reason);
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            ApprovalRequest request = ApprovalStore.findForUpdate(connection, environment.name(), id)
                    .orElseThrow(() -> new GateException(GateErrorCode.APPROVAL_NOT_FOUND, "no approval request #" + id
                            + " in " + environment.name() + "; see them with: approval list --env " + environment.name()));
            Instant now = new ControlRecord(connection).databaseNow();
            refuseUnlessMayDecide(environment, request, actor, now);
            ApprovalStore.decide(connection, id, actor, decision, why);
            audit.record(actor, "approval-" + decision, environment.name() + " " + request.step(), why,
                    null, Map.of("id", id, "release", request.release(), "checksum", request.checksum(),
                            "requestedBy", request.requestedBy()), null);
            return ApprovalStore.findForUpdate(connection, environment.name(), id).orElseThrow();
        });
    }

    private void refuseUnlessMayDecide(Environment environment, ApprovalRequest request, String actor, Instant now) {
        if (actor.equals(request.requestedBy())) {
            throw new GateException(GateErrorCode.APPROVAL_BY_REQUESTER, actor + " asked for request #" + request.id()
                    + " and so cannot decide on it: someone else must");
        }
        String state = request.state(now);
        if (!state.equals("open")) {
            throw new GateException(GateErrorCode.APPROVAL_CLOSED, "request #" + request.id() + " is " + state
                    + "; ask again with: approval request --env " + environment.name() + " --step " + request.step()
                    + " --bundle FILE --reason TEXT");
        }
        if (request.decisions().stream().anyMatch(d -> d.actor().equals(actor))) {
            throw new GateException(GateErrorCode.APPROVAL_CLOSED, actor + " has decided on request #" + request.id()
                    + " already");
        }
        Gate gate = Step.ofKey(request.step()).map(environment::gate).orElse(Gate.OPEN);
        Set<String> approvers = current.environments().orElseThrow().approversOf(gate);
        if (!approvers.isEmpty() && !approvers.contains(actor)) {
            throw new GateException(GateErrorCode.APPROVAL_NOT_AN_APPROVER, actor + " is not an approver of the "
                    + request.step() + " gate of " + environment.name() + "; it names: "
                    + String.join(", ", approvers.stream().sorted().toList()));
        }
    }

    private Environment environment() {
        return current.environment().orElseThrow(() -> new GateException(GateErrorCode.APPROVAL_NOT_NEEDED,
                "approvals belong to an environment of facade-switch.yaml: add --env NAME (or set FACADE_ENV)"));
    }
}
