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
        if (live.isEmpty() || !canaryLive(live.get())) {
            return Optional.empty();
        }
        Rollout rollout = live.get();
        AnalysisSettings analysis = settingsFor(rollout.plan());
        Instant now = store.now(connection);
        Instant start = rollout.windowStart();
        Instant end = start.plus(analysis.interval());
        boolean ended = !now.isBefore(end.plus(settings.grace()));
        Instant upTo = ended ? end : now;
        Verdict verdict = judge(connection, rollout, start, upTo, analysis);
        if (verdict.outcome() == Outcome.BROKEN) {
            return Optional.of(rollBack(connection, rollout, start, upTo, verdict));
        }
        // A driver that was away does not judge the gap as one long window, but a broken facade in it still counts.
        Instant next = end;
        if (ended && now.isAfter(end.plus(analysis.interval()))) {
            Verdict gap = judge(connection, rollout, end, now, analysis);
            if (gap.outcome() == Outcome.BROKEN) {
                return Optional.of(rollBack(connection, rollout, end, now, gap));
            }
            next = now;
        }
        if (!ended) {
            return Optional.empty();
        }
        if (!rollout.state().judged()) {
            // Paused, or waiting at the promote gate: the canary still takes traffic, so a broken facade
            // still rolls back; nothing else is judged, and the window just moves on.
            RolloutChange change = new RolloutChange(rollout);
            change.rollout = store.update(connection, rollout.windowFrom(next, rollout.failures()));
            return Optional.of(change);
        }
        RolloutChange change = new RolloutChange(rollout);
        judged(connection, change, start, end, verdict);
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
                // Failures count in a row: a passing window clears them.
                change.rollout = store.update(connection, rollout.windowFrom(next, 0).with(RolloutState.RUNNING, null));
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

    /** Whether some instances are on the rollout's release now, so that a broken facade can hurt them. */
    static boolean canaryLive(Rollout rollout) {
        if (rollout.step() < 0 || rollout.windowStart() == null) {
            return false;
        }
        return rollout.state().judged() || rollout.state() == RolloutState.PAUSED
                || rollout.state() == RolloutState.AWAITING_APPROVAL && "promote".equals(rollout.gate());
    }

    private Verdict judge(Connection connection, Rollout rollout, Instant from, Instant to, AnalysisSettings analysis)
            throws SQLException {
        return Judge.judge(store.figures(connection, rollout.colour(), from, to),
                store.figures(connection, rollout.baseline(), from, to), analysis);
    }

    private RolloutChange rollBack(Connection connection, Rollout rollout, Instant from, Instant to, Verdict verdict)
            throws SQLException {
        RolloutChange change = new RolloutChange(rollout);
        judged(connection, change, from, to, verdict);
        transitions.end(connection, change, RolloutState.ROLLED_BACK, RolloutEventKind.ROLLED_BACK, ACTOR,
                verdict.summary());
        return change;
    }

    private void judged(Connection connection, RolloutChange change, Instant start, Instant end, Verdict verdict)
            throws SQLException {
        store.saveVerdict(connection, change.rollout, start, end, verdict);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("outcome", verdict.outcome().label());
        document.put("window", Map.of("start", start.toString(), "end", end.toString()));
        document.put("inputs", verdict.inputs());
        transitions.recordDocument(change, ACTOR, "rollout-verdict", change.rollout.where() + ": " + verdict.summary(),
                document);
    }

    /**
     * The configured analysis with what the plan overrides. A window is never shorter than a tick
     * plus the grace, or the driver would judge windows late and skip traffic; the verdicts' inputs
     * show the interval used.
     */
    AnalysisSettings settingsFor(RolloutPlan plan) {
        Duration asked = plan.analysisInterval() == null ? defaults.interval() : Durations.parse(plan.analysisInterval());
        Duration least = settings.tick().plus(settings.grace());
        return new AnalysisSettings(asked.compareTo(least) < 0 ? least : asked,
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
