package io.facadeswitch.canary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A one-sided two-proportion z-test (pooled proportion) of whether the canary's error rate is higher than the
 * baseline's.
 *
 * @param difference the canary's rate minus the baseline's
 * @param z          the test statistic
 * @param p          the chance of a difference at least this large if both rates were the same
 * @param regression whether the difference is both over the allowed increase and significant
 */
record ErrorRateComparison(double difference, double z, double p, boolean regression) {

    static ErrorRateComparison of(WindowFigures canary, WindowFigures baseline, AnalysisSettings settings) {
        double difference = canary.errorRate() - baseline.errorRate();
        double pooled = (double) (canary.errors() + baseline.errors()) / (canary.statements() + baseline.statements());
        double variance = pooled * (1 - pooled) * (1.0 / canary.statements() + 1.0 / baseline.statements());
        // With both sides at 0% (or 100%) errors there is no spread and nothing to tell apart.
        if (!(variance > 0)) {
            return new ErrorRateComparison(difference, 0, 1, false);
        }
        double z = difference / Math.sqrt(variance);
        double p = Statistics.normalUpperTail(z);
        boolean regression = difference > settings.maxErrorRateIncrease() && p < settings.significance();
        return new ErrorRateComparison(difference, z, p, regression);
    }

    Map<String, Object> asInputs() {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("assessed", true);
        test.put("difference", VerdictInputs.number(difference));
        test.put("z", VerdictInputs.number(z));
        test.put("p", VerdictInputs.number(p));
        test.put("regression", regression);
        return test;
    }
}
