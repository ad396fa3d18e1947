package io.facadeswitch.canary;

import io.facadeswitch.db.SqlWork;
import io.facadeswitch.db.SwitchLock;
import io.facadeswitch.notify.RolloutEventKind;
import io.facadeswitch.notify.WebhookNotifier;
import io.facadeswitch.routing.ColourState;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What operators do to rollouts: start, pause, resume, promote, abort, retry, approve, reject.
 * Each is one transaction under the switch lock, so it is serialized with deploys, flips and the
 * analysis, and each writes its audit entry in that transaction. Routing changes are announced and
 * webhooks queued only once it has committed.
 */
@Singleton
public final class RolloutService {

    static final int VERDICTS_SHOWN = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RolloutService.class);

    private final SwitchLock lock;
    private final RolloutStore store;
    private final RolloutTransitions transitions;
    private final RoutingService routing;
    private final WebhookNotifier notifier;
    private final TransactionOperations<Connection> transactions;

    RolloutService(SwitchLock lock, RolloutStore store, RolloutTransitions transitions, RoutingService routing,
                   WebhookNotifier notifier, TransactionOperations<Connection> transactions) {
        this.lock = lock;
        this.store = store;
        this.transitions = transitions;
        this.routing = routing;
        this.notifier = notifier;
        this.transactions = transactions;
    }

    /**
     * Starts rolling the release that waits on the standby colour out with {@code plan}: its first
     * step at once, or after an approval when the plan says so.
     */
    public RolloutView start(String actor, RolloutPlan plan, @Nullable String reason) {
        RolloutPlan checked = plan.validated();
        return run("rollout start", connection -> begin(connection, actor, checked, reason, null));
    }

    /** Starts the plan of the latest rollout again, after it was rolled back, aborted or rejected. */
    public RolloutView retry(String actor, @Nullable String reason) {
        return run("rollout retry", connection -> {
            Rollout last = store.latest(connection).orElseThrow(() -> new RolloutException(
                    RolloutErrorCode.NO_ROLLOUT, "there is no rollout to retry; start one with 'rollout start'"));
            if (!last.state().ended() || last.state() == RolloutState.PROMOTED) {
                throw wrongState(last, "retry", "only a rollout that was rolled back, aborted or rejected can be"
                        + " retried");
            }
            return begin(connection, actor, last.plan(), reason == null ? "retry of rollout " + last.id() : reason,
                    last.id());
        });
    }

    private RolloutChange begin(Connection connection, String actor, RolloutPlan plan, @Nullable String reason,
                                @Nullable Long retryOf) throws SQLException {
        Optional<Rollout> live = store.live(connection, true);
        if (live.isPresent()) {
            throw new RolloutException(RolloutErrorCode.ROLLOUT_RUNNING, "rollout " + live.get().id() + " of "
                    + live.get().release() + " is " + live.get().state().label() + "; finish it (rollout promote,"
                    + " rollout abort --reason ...) before starting another");
        }
        RoutingSnapshot now = routing.snapshot();
        if (now.active() == null) {
            throw new RolloutException(RolloutErrorCode.NOTHING_TO_ROLL_OUT, "nothing is deployed yet: the first"
                    + " release becomes active by itself; deploy the next one, then start a rollout");
        }
        var active = now.activeColour();
        var target = active.other();
        ColourState state = now.state(target);
        if (state != ColourState.DEPLOYED) {
            throw new RolloutException(RolloutErrorCode.NOTHING_TO_ROLL_OUT, state == ColourState.CANARY
                    ? "a canary of " + now.colour(target).release() + " is already running by hand; end it with"
                    + " 'abort' first, then start the rollout"
                    : "no new release to roll out: " + target + " is " + state.label() + "; deploy one with"
                    + " 'deploy --release NAME' first");
        }
        long releaseId = store.releaseIn(connection, target.label()).orElseThrow();
        boolean gated = plan.approval().beforeStart();
        Rollout created = store.insert(connection, releaseId, now.colour(target).release(), target.label(),
                active.label(), plan, gated ? RolloutState.AWAITING_APPROVAL : RolloutState.RUNNING,
                gated ? "start" : null, actor, reason, retryOf);
        RolloutChange change = new RolloutChange(created);
        transitions.record(change, actor, retryOf == null ? "rollout-start" : "rollout-retry",
                (reason == null ? "" : reason + "; ") + "plan " + plan.describe(), null);
        transitions.event(change, RolloutEventKind.STARTED, actor, reason);
        if (gated) {
            transitions.event(change, RolloutEventKind.AWAITING_APPROVAL, actor, "the plan needs an approval to start");
        } else {
            transitions.enterStep(connection, change, 0, actor, "rollout started");
        }
        return change;
    }

    /** Holds the current step: the canary keeps its traffic, nothing is judged or advanced. */
    public RolloutView pause(String actor, @Nullable String reason) {
        return run("rollout pause", connection -> {
            RolloutChange change = new RolloutChange(requireLive(connection));
            Rollout before = change.rollout;
            if (!before.state().judged()) {
                throw wrongState(before, "pause", "only a running step can be paused");
            }
            change.rollout = store.update(connection, before.with(RolloutState.PAUSED, null));
            transitions.record(change, actor, "rollout-pause", reason, before);
            transitions.event(change, RolloutEventKind.PAUSED, actor, reason);
            return change;
        });
    }

    /** Resumes a paused step; its hold and its analysis window start again from now. */
    public RolloutView resume(String actor, @Nullable String reason) {
        return run("rollout resume", connection -> {
            RolloutChange change = new RolloutChange(requireLive(connection));
            Rollout before = change.rollout;
            if (before.state() != RolloutState.PAUSED) {
                throw wrongState(before, "resume", "only a paused rollout can be resumed");
            }
            change.rollout = store.update(connection, before.atStep(before.step(), store.now(connection)));
            transitions.record(change, actor, "rollout-resume", reason, before);
            return change;
        });
    }

    /**
     * Skips the rest of the current step's hold and goes to the next step; with {@code full}, skips
     * every step left. Promotion still waits for an approval when the plan requires one. With
     * {@code expectedStep} (1-based), refused unless the rollout is still at that step, so a retried
     * or late request never skips a step the caller did not see.
     */
    public RolloutView promote(String actor, boolean full, @Nullable String reason, @Nullable Integer expectedStep) {
        return run("rollout promote", connection -> {
            RolloutChange change = new RolloutChange(requireLive(connection));
            Rollout before = change.rollout;
            if (expectedStep != null && expectedStep != before.step() + 1) {
                throw wrongState(before, "promote", "the step is no longer " + expectedStep + " (the analysis or"
                        + " another operator moved it); check 'rollout status' and decide again");
            }
            if (before.state() == RolloutState.AWAITING_APPROVAL) {
                throw wrongState(before, "promote", "it waits for an approval at its " + before.gate()
                        + " gate: use 'rollout approve'");
            }
            String why = (full ? "promoted in full by " : "step promoted by ") + actor
                    + (reason == null ? "" : ": " + reason);
            transitions.record(change, actor, full ? "rollout-promote-full" : "rollout-promote-step", reason, before);
            if (full || before.lastStep()) {
                transitions.promoteOrAwait(connection, change, actor, why);
            } else {
                transitions.event(change, RolloutEventKind.STEP_DONE, actor, why);
                transitions.enterStep(connection, change, before.step() + 1, actor, why);
            }
            return change;
        });
    }

    /** Ends the rollout by an operator's decision: everyone back on the active colour at once. */
    public RolloutView abort(String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RolloutException(RolloutErrorCode.BAD_REQUEST, "an abort needs a reason (--reason TEXT):"
                    + " it goes into the audit log and the webhooks");
        }
        return run("rollout abort", connection -> {
            RolloutChange change = new RolloutChange(requireLive(connection));
            transitions.end(connection, change, RolloutState.ABORTED, RolloutEventKind.ABORTED, actor, reason);
            return change;
        });
    }

    /** Approves the gate the rollout waits at: its first step, or its promotion. */
    public RolloutView approve(String actor, @Nullable String comment) {
        return run("rollout approve", connection -> {
            RolloutChange change = new RolloutChange(requireGate(connection, "approve"));
            Rollout before = change.rollout;
            if (before.plan().approval().distinctApprover() && before.initiator().equals(actor)) {
                throw new RolloutException(RolloutErrorCode.APPROVER_IS_INITIATOR, "plan " + before.plan().name()
                        + " needs an approval by someone other than " + actor + ", who started rollout "
                        + before.id() + "; ask another operator to run 'rollout approve'");
            }
            store.saveApproval(connection, before.id(), before.gate(), "approve", actor, comment);
            String why = before.gate() + " approved by " + actor + (comment == null ? "" : ": " + comment);
            transitions.record(change, actor, "rollout-approve", why, null);
            if ("start".equals(before.gate())) {
                transitions.enterStep(connection, change, 0, actor, why);
            } else {
                transitions.promote(connection, change, actor, why);
            }
            return change;
        });
    }

    /** Rejects at the gate the rollout waits at: it ends, and everyone stays on (or returns to) the active colour. */
    public RolloutView reject(String actor, @Nullable String comment) {
        return run("rollout reject", connection -> {
            RolloutChange change = new RolloutChange(requireGate(connection, "reject"));
            Rollout before = change.rollout;
            store.saveApproval(connection, before.id(), before.gate(), "reject", actor, comment);
            transitions.end(connection, change, RolloutState.REJECTED, RolloutEventKind.REJECTED, actor,
                    before.gate() + " rejected by " + actor + (comment == null ? "" : ": " + comment));
            return change;
        });
    }

    /** The rollout in progress, else the latest one; empty when there has never been one. */
    public Optional<RolloutView> current() {
        return transactions.executeRead(status -> {
            Connection connection = status.getConnection();
            Optional<Rollout> rollout = store.live(connection, false);
            if (rollout.isEmpty()) {
                rollout = store.latest(connection);
            }
            return rollout.isEmpty() ? Optional.<RolloutView>empty() : Optional.of(view(connection, rollout.get()));
        });
    }

    public Optional<RolloutView> find(long id) {
        return transactions.executeRead(status -> {
            Connection connection = status.getConnection();
            Optional<Rollout> rollout = store.find(connection, id);
            return rollout.isEmpty() ? Optional.<RolloutView>empty() : Optional.of(view(connection, rollout.get()));
        });
    }

    /** Every verdict of a rollout, newest first. */
    public List<StoredVerdict> verdicts(long id, int limit) {
        return transactions.executeRead(status -> store.verdicts(status.getConnection(), id, limit));
    }

    private RolloutView view(Connection connection, Rollout rollout) throws SQLException {
        return new RolloutView(rollout, store.verdicts(connection, rollout.id(), VERDICTS_SHOWN),
                store.approvals(connection, rollout.id()));
    }

    private Rollout requireLive(Connection connection) throws SQLException {
        return store.live(connection, true).orElseThrow(() -> new RolloutException(RolloutErrorCode.NO_ROLLOUT,
                "no rollout is in progress; 'rollout status' shows the latest, 'rollout start' begins one"));
    }

    private Rollout requireGate(Connection connection, String verb) throws SQLException {
        Rollout rollout = requireLive(connection);
        if (rollout.state() != RolloutState.AWAITING_APPROVAL) {
            throw wrongState(rollout, verb, "it is not waiting for an approval");
        }
        return rollout;
    }

    private static RolloutException wrongState(Rollout rollout, String verb, String why) {
        return new RolloutException(RolloutErrorCode.WRONG_STATE, "cannot " + verb + " rollout " + rollout.id()
                + ": it is " + rollout.state().label() + " at " + rollout.where() + ", and " + why);
    }

    private RolloutView run(String operation, SqlWork<RolloutChange> work) {
        RolloutChange change = lock.run(operation, work);
        committed(change, routing, notifier);
        return transactions.executeRead(status -> view(status.getConnection(), change.rollout));
    }

    /** Once a change has committed: replicas apply its routing, webhooks learn of its events. */
    static void committed(RolloutChange change, RoutingService routing, WebhookNotifier notifier) {
        if (change.routing != null) {
            routing.announce(change.routing);
        }
        change.events.forEach(event -> {
            try {
                notifier.publish(event);
            } catch (RuntimeException e) {
                LOG.warn("could not queue the {} webhook: {}", event.kind().label(), e.getMessage());
            }
        });
    }
}
