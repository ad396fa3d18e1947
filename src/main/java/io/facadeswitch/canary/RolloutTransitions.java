package io.facadeswitch.canary;

import io.facadeswitch.control.AuditLog;
import io.facadeswitch.notify.RolloutEvent;
import io.facadeswitch.notify.RolloutEventKind;
import io.facadeswitch.routing.RoutingService;
import io.facadeswitch.routing.RoutingSnapshot;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The moves a rollout makes, shared by operators and the analysis. Each runs inside the caller's
 * locked transaction and writes its audit entry there: the routing, the rollout and the log change
 * together or not at all.
 */
@Singleton
final class RolloutTransitions {

    private final RoutingService routing;
    private final RolloutStore store;
    private final AuditLog audit;

    RolloutTransitions(RoutingService routing, RolloutStore store, AuditLog audit) {
        this.routing = routing;
        this.store = store;
        this.audit = audit;
    }

    /** Starts a step: its pins and share on the routing, its hold and its first window from now. */
    void enterStep(Connection connection, RolloutChange change, int step, String actor, String why)
            throws SQLException {
        Rollout before = change.rollout;
        requireSameRelease(connection, before);
        RolloutStep next = before.plan().steps().get(step);
        Instant now = store.now(connection);
        Rollout after = store.update(connection, before.atStep(step, now));
        change.routing = routing.applyCanary(actor, next.instances(), next.percent(),
                "rollout " + before.id() + " " + after.where() + ": " + why, null);
        change.rollout = after;
        record(change, actor, "rollout-step", why, before);
    }

    /** After the last step: wait for an approval when the plan says so, else promote. */
    void promoteOrAwait(Connection connection, RolloutChange change, String actor, String why) throws SQLException {
        Rollout rollout = change.rollout;
        if (rollout.plan().approval().beforePromote()) {
            Rollout before = rollout;
            change.rollout = store.update(connection, rollout.with(RolloutState.AWAITING_APPROVAL, "promote"));
            record(change, actor, "rollout-awaiting-approval", why + "; promotion waits for an approval"
                    + (rollout.plan().approval().distinctApprover() ? " by someone other than " + rollout.initiator()
                    : ""), before);
            event(change, RolloutEventKind.AWAITING_APPROVAL, actor, why);
            return;
        }
        promote(connection, change, actor, why);
    }

    void promote(Connection connection, RolloutChange change, String actor, String why) throws SQLException {
        Rollout before = change.rollout;
        requireSameRelease(connection, before);
        change.routing = routing.applyPromote(actor, "rollout " + before.id() + ": " + why, null);
        change.rollout = store.update(connection, before.with(RolloutState.PROMOTED, null));
        record(change, actor, "rollout-promoted", why, before);
        event(change, RolloutEventKind.PROMOTED, actor, why);
    }

    /** Ends the rollout without promoting: everyone back on the active colour. */
    void end(Connection connection, RolloutChange change, RolloutState state, RolloutEventKind kind, String actor,
             String why) throws SQLException {
        Rollout before = change.rollout;
        RoutingSnapshot now = routing.snapshot();
        if (now.canary() != null && before.colour().equals(now.canary().colour())) {
            change.routing = routing.applyAbort(actor, "rollout " + before.id() + " "
                    + state.label().replace('_', ' ') + ": " + why,
                    null);
        }
        change.rollout = store.update(connection, before.with(state, null));
        record(change, actor, "rollout-" + state.label().replace('_', '-'), why, before);
        event(change, kind, actor, why);
    }

    void record(RolloutChange change, String actor, String action, @Nullable String why, @Nullable Rollout before) {
        audit.record(actor, action, subject(change.rollout), why, before == null ? null : brief(before),
                brief(change.rollout), change.routing == null ? null : change.routing.generation());
    }

    /** An entry whose "after" is a document of its own (a verdict with its inputs), not the rollout. */
    void recordDocument(RolloutChange change, String actor, String action, String why, Object document) {
        audit.record(actor, action, subject(change.rollout), why, null, document, null);
    }

    void event(RolloutChange change, RolloutEventKind kind, String actor, @Nullable String why) {
        Rollout r = change.rollout;
        change.events.add(new RolloutEvent(kind, r.id(), r.release(), r.colour(), r.state().label(),
                r.step() < 0 ? null : r.step() + 1, actor, why, Instant.now()));
    }

    static String subject(Rollout rollout) {
        return "rollout " + rollout.id() + " of " + rollout.release();
    }

    /** The audit's view of a rollout: where it is, not the whole plan on every line. */
    static Map<String, Object> brief(Rollout rollout) {
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("rollout", rollout.id());
        brief.put("release", rollout.release());
        brief.put("colour", rollout.colour());
        brief.put("plan", rollout.plan().name());
        brief.put("state", rollout.state().label());
        if (rollout.gate() != null) {
            brief.put("gate", rollout.gate());
        }
        brief.put("step", rollout.step() < 0 ? null : rollout.step() + 1);
        brief.put("steps", rollout.plan().steps().size());
        brief.put("failures", rollout.failures());
        return brief;
    }

    private void requireSameRelease(Connection connection, Rollout rollout) throws SQLException {
        long now = store.releaseIn(connection, rollout.colour()).orElse(-1L);
        if (now != rollout.releaseId()) {
            throw new RolloutException(RolloutErrorCode.RELEASE_CHANGED, "rollout " + rollout.id() + " was for "
                    + rollout.release() + ", but " + rollout.colour() + " no longer holds it (a deploy replaced it);"
                    + " abort this rollout and start a new one");
        }
    }
}
