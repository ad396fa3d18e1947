package io.facadeswitch.canary;

import io.facadeswitch.Durations;
import io.facadeswitch.notify.RolloutEventKind;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One look at the live rollout, inside the driver's locked transaction: a broken facade in the
 * figures so far rolls it back at once; a window that has ended is judged, its verdict stored with
 * its inputs, and the step held, advanced or rolled back accordingly.
 */
@Singleton
final class RolloutAnalysis {

    static final String ACTOR = "analysis";

    private final RolloutStore store;
    private final RolloutTransitions transitions;
    private final AnalysisSettings defaults;
    private final RolloutSettings settings;

    RolloutAnalysis(RolloutStore store, RolloutTransitions transitions, AnalysisSettings defaults,
                    RolloutSettings settings) {
        this.store = store;
        this.transitions = transitions;
        this.defaults = defaults;
        this.settings = settings;
    }

    Optional<RolloutChange> look(Connection connection) throws SQLException {
        Optional<Rollout> live = store.live(connection, true);
        if (live.isEmpty() || !live.get().state().judged() || live.get().windowStart() == null) {
            return Optional.empty();
        }
        Rollout rollout = live.get();
        AnalysisSettings analysis = settingsFor(rollout.plan());
        Instant now = store.now(connection);
        Instant start = rollout.windowStart();
        Instant end = start.plus(analysis.interval());
        boolean ended = !now.isBefore(end.plus(settings.grace()));
        Instant upTo = ended ? end : now;
        Verdict verdict = Judge.judge(store.figures(connection, rollout.colour(), start, upTo),
                store.figures(connection, rollout.baseline(), start, upTo), analysis);
        if (verdict.outcome() == Outcome.BROKEN) {
            RolloutChange change = new RolloutChange(rollout);
            judged(connection, change, start, upTo, verdict);
            transitions.end(connection, change, RolloutState.ROLLED_BACK, RolloutEventKind.ROLLED_BACK, ACTOR,
                    verdict.summary());
            return Optional.of(change);
        }
        if (!ended) {
            return Optional.empty();
        }
        RolloutChange change = new RolloutChange(rollout);
        judged(connection, change, start, end, verdict);
        // A driver that was away does not judge the gap as one long window.
        Instant next = now.isAfter(end.plus(analysis.interval())) ? now : end;
        switch (verdict.outcome()) {
            case FAIL -> {
                int failures = rollout.failures() + 1;
                change.rollout = store.update(connection, rollout.windowFrom(next, failures)
                        .with(RolloutState.RUNNING, null));
                if (failures >= analysis.failureLimit()) {
                    transitions.end(connection, change, RolloutState.ROLLED_BACK, RolloutEventKind.ROLLED_BACK,
                            ACTOR, failures + " regressing window(s), the limit is " + analysis.failureLimit()
                                    + "; last: " + verdict.summary());
                }
            }
            case INCONCLUSIVE -> change.rollout = store.update(connection, rollout.windowFrom(next, rollout.failures())
                    .with(RolloutState.INCONCLUSIVE, null));
            default -> {
                change.rollout = store.update(connection, rollout.windowFrom(next, rollout.failures())
                        .with(RolloutState.RUNNING, null));
                Duration held = Duration.between(rollout.stepStartedAt(), end);
                Duration hold = rollout.plan().holdOf(rollout.step());
                if (held.compareTo(hold) >= 0) {
                    String why = rollout.where() + " held " + Durations.format(hold) + " and its last window passed";
                    transitions.event(change, RolloutEventKind.STEP_DONE, ACTOR, why);
                    if (rollout.lastStep()) {
                        transitions.promoteOrAwait(connection, change, ACTOR, why);
                    } else {
                        transitions.enterStep(connection, change, rollout.step() + 1, ACTOR, why);
                    }
                }
            }
        }
        return Optional.of(change);
    }

    private void judged(Connection connection, RolloutChange change, Instant start, Instant end, Verdict verdict)
            throws SQLException {
        store.saveVerdict(connection, change.rollout, start, end, verdict);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("outcome", verdict.outcome().label());
        document.put("window", Map.of("start", start.toString(), "end", end.toString()));
        document.put("inputs", verdict.inputs());
        transitionsAudit(change, verdict, document);
    }

    private void transitionsAudit(RolloutChange change, Verdict verdict, Map<String, Object> document) {
        transitions.recordDocument(change, ACTOR, "rollout-verdict", change.rollout.where() + ": " + verdict.summary(),
                document);
    }

    /** The configured analysis with what the plan overrides. */
    AnalysisSettings settingsFor(RolloutPlan plan) {
        return new AnalysisSettings(
                plan.analysisInterval() == null ? defaults.interval() : Durations.parse(plan.analysisInterval()),
                plan.minStatements() == null ? defaults.minStatements() : plan.minStatements(),
                defaults.maxErrorRateIncrease(), defaults.maxLatencyIncrease(), defaults.minLatencyIncreaseMs(),
                defaults.significance(),
                plan.failureLimit() == null ? defaults.failureLimit() : plan.failureLimit(),
                defaults.brokenSqlStates(), defaults.brokenLimit());
    }

    int prune(Connection connection) throws SQLException {
        return store.pruneSamples(connection, store.now(connection).minus(settings.sampleRetention()));
    }
}
