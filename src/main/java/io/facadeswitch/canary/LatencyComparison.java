package io.facadeswitch.canary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Welch's one-sided t-test of whether the canary's mean latency is higher than the baseline's, from the sums and
 * sums of squares the proxy keeps.
 *
 * @param ratio            the canary's mean over the baseline's
 * @param differenceMs     the canary's mean minus the baseline's
 * @param t                the test statistic
 * @param degreesOfFreedom Welch–Satterthwaite degrees of freedom
 * @param p                the chance of a difference at least this large if both means were the same
 * @param regression       whether the increase is over both allowances and significant
 */
record LatencyComparison(double ratio, double differenceMs, double t, double degreesOfFreedom, double p,
                         boolean regression) {

    /** Whether each side had enough requests for a latency test at all. */
    static boolean assessable(WindowFigures canary, WindowFigures baseline, AnalysisSettings settings) {
        return canary.requests() >= settings.minStatements() && baseline.requests() >= settings.minStatements();
    }

    static LatencyComparison of(WindowFigures canary, WindowFigures baseline, AnalysisSettings settings) {
        double canaryMean = canary.meanLatencyMs();
        double baselineMean = baseline.meanLatencyMs();
        double difference = canaryMean - baselineMean;
        double ratio = canaryMean / baselineMean;
        boolean overAllowances = canaryMean > baselineMean * (1 + settings.maxLatencyIncrease())
                && difference > settings.minLatencyIncreaseMs();

        double canaryTerm = squaredStandardError(canary);
        double baselineTerm = squaredStandardError(baseline);
        double squaredError = canaryTerm + baselineTerm;
        if (!(squaredError > 0)) {
            // Every request took exactly as long as the others on its side: any difference is certain.
            double t = difference == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, difference);
            return new LatencyComparison(ratio, difference, t, Double.NaN, difference > 0 ? 0 : 1, overAllowances);
        }
        double t = difference / Math.sqrt(squaredError);
        double degreesOfFreedom = squaredError * squaredError
                / (welchTerm(canaryTerm, canary.requests()) + welchTerm(baselineTerm, baseline.requests()));
        double p = Statistics.studentTUpperTail(t, degreesOfFreedom);
        return new LatencyComparison(ratio, difference, t, degreesOfFreedom, p,
                overAllowances && p < settings.significance());
    }

    private static double squaredStandardError(WindowFigures side) {
        double stdDev = side.latencyStdDevMs();
        return stdDev * stdDev / side.requests();
    }

    private static double welchTerm(double squaredError, long requests) {
        // One request has no spread (its term is 0); skip it rather than divide 0 by 0.
        return requests < 2 ? 0 : squaredError * squaredError / (requests - 1);
    }

    Map<String, Object> asInputs() {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("assessed", true);
        test.put("ratio", VerdictInputs.number(ratio));
        test.put("differenceMs", VerdictInputs.number(differenceMs));
        test.put("t", VerdictInputs.number(t));
        test.put("degreesOfFreedom", VerdictInputs.number(degreesOfFreedom));
        test.put("p", VerdictInputs.number(p));
        test.put("regression", regression);
        return test;
    }
}
