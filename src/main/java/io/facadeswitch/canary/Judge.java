package io.facadeswitch.canary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Judges one analysis window of a canary against its baseline: broken facade first (no traffic needed), then
 * enough traffic, then error rate and latency.
 */
public final class Judge {

    private Judge() {
    }

    public static Verdict judge(WindowFigures canary, WindowFigures baseline, AnalysisSettings settings) {
        Objects.requireNonNull(canary, "canary");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(settings, "settings");

        Map<String, Long> broken = brokenErrors(canary, settings);
        long brokenCount = broken.values().stream().mapToLong(Long::longValue).sum();
        if (brokenCount >= settings.brokenLimit()) {
            return verdict(Outcome.BROKEN, "broken facade: canary saw " + describeBroken(broken), canary, baseline,
                    settings, broken, VerdictInputs.notAssessed("broken facade"),
                    VerdictInputs.notAssessed("broken facade"));
        }

        String tooLittle = tooLittleTraffic(canary, baseline, settings);
        if (tooLittle != null) {
            return verdict(Outcome.INCONCLUSIVE, "inconclusive: " + tooLittle, canary, baseline, settings, broken,
                    VerdictInputs.notAssessed(tooLittle), VerdictInputs.notAssessed(tooLittle));
        }

        ErrorRateComparison errors = ErrorRateComparison.of(canary, baseline, settings);
        LatencyComparison latency = LatencyComparison.assessable(canary, baseline, settings)
                ? LatencyComparison.of(canary, baseline, settings) : null;
        String latencyNotAssessed = "fewer than " + count(settings.minStatements()) + " requests on a side (canary "
                + count(canary.requests()) + ", baseline " + count(baseline.requests()) + ")";
        Map<String, Object> latencyInputs = latency == null
                ? VerdictInputs.notAssessed(latencyNotAssessed) : latency.asInputs();

        List<String> regressions = new ArrayList<>();
        if (errors.regression()) {
            regressions.add(describe(errors, canary, baseline));
        }
        if (latency != null && latency.regression()) {
            regressions.add(describe(latency, canary, baseline));
        }
        if (!regressions.isEmpty()) {
            return verdict(Outcome.FAIL, "fail: " + String.join("; ", regressions), canary, baseline, settings,
                    broken, errors.asInputs(), latencyInputs);
        }
        String summary = "pass: canary " + describe(canary) + "; baseline " + describe(baseline)
                + (latency == null ? "; latency not assessed, " + latencyNotAssessed : "");
        return verdict(Outcome.PASS, summary, canary, baseline, settings, broken, errors.asInputs(), latencyInputs);
    }

    private static Verdict verdict(Outcome outcome, String summary, WindowFigures canary, WindowFigures baseline,
                                   AnalysisSettings settings, Map<String, Long> broken,
                                   Map<String, Object> errorRateTest, Map<String, Object> latencyTest) {
        return new Verdict(outcome, summary,
                VerdictInputs.of(canary, baseline, settings, broken, errorRateTest, latencyTest));
    }

    /** The canary's errors with a broken-facade SQLSTATE, in the configured order. */
    private static Map<String, Long> brokenErrors(WindowFigures canary, AnalysisSettings settings) {
        Map<String, Long> broken = new LinkedHashMap<>();
        for (String state : settings.brokenSqlStates()) {
            long errors = canary.errorsWithState(state);
            if (errors > 0) {
                broken.put(state, errors);
            }
        }
        return broken;
    }

    private static String describeBroken(Map<String, Long> broken) {
        List<String> parts = new ArrayList<>();
        broken.forEach((state, errors) ->
                parts.add(count(errors) + (errors == 1 ? " error " : " errors ") + SqlStateNames.describe(state)));
        return String.join(", ", parts);
    }

    /** Why a side ran too few statements to judge, or null when both ran enough. */
    private static String tooLittleTraffic(WindowFigures canary, WindowFigures baseline, AnalysisSettings settings) {
        boolean canaryShort = canary.statements() < settings.minStatements();
        boolean baselineShort = baseline.statements() < settings.minStatements();
        String needed = count(settings.minStatements());
        if (canaryShort && baselineShort) {
            return "canary ran " + statements(canary.statements()) + " and baseline " + count(baseline.statements())
                    + ", each fewer than the " + needed + " needed";
        }
        if (canaryShort) {
            return "canary ran " + statements(canary.statements()) + ", fewer than the " + needed + " needed";
        }
        if (baselineShort) {
            return "baseline ran " + statements(baseline.statements()) + ", fewer than the " + needed + " needed";
        }
        return null;
    }

    private static String describe(ErrorRateComparison errors, WindowFigures canary, WindowFigures baseline) {
        return String.format(Locale.ROOT, "error rate %s against baseline %s (%+.2f points, z = %.2f, %s)",
                percent(canary.errorRate()), percent(baseline.errorRate()), errors.difference() * 100, errors.z(),
                p(errors.p()));
    }

    private static String describe(LatencyComparison latency, WindowFigures canary, WindowFigures baseline) {
        // A baseline mean of 0 or no spread at all give no finite ratio or t; say so rather than print Infinity.
        String increase = Double.isFinite(latency.ratio())
                ? String.format(Locale.ROOT, "%+.0f%%, ", (latency.ratio() - 1) * 100) : "";
        String t = Double.isFinite(latency.t()) ? String.format(Locale.ROOT, "t = %.2f", latency.t()) : "no spread";
        return String.format(Locale.ROOT, "mean latency %s against baseline %s (%s%+.1f ms, %s, %s)",
                ms(canary.meanLatencyMs()), ms(baseline.meanLatencyMs()), increase, latency.differenceMs(), t,
                p(latency.p()));
    }

    private static String describe(WindowFigures side) {
        return statements(side.statements()) + ", " + percent(side.errorRate()) + " errors, "
                + (side.requests() == 0 ? "no latency samples" : ms(side.meanLatencyMs()) + " mean");
    }

    private static String statements(long statements) {
        return count(statements) + (statements == 1 ? " statement" : " statements");
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.2f%%", rate * 100);
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private static String p(double p) {
        return p < 0.0001 ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.4f", p);
    }
}
