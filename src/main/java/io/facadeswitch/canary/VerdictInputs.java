package io.facadeswitch.canary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a verdict's inputs from JSON values only: strings, finite numbers, booleans, lists and maps. */
final class VerdictInputs {

    private VerdictInputs() {
    }

    static Map<String, Object> of(WindowFigures canary, WindowFigures baseline, AnalysisSettings settings,
                                  Map<String, Long> brokenErrors, Map<String, Object> errorRateTest,
                                  Map<String, Object> latencyTest) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("canary", figures(canary));
        inputs.put("baseline", figures(baseline));
        inputs.put("thresholds", thresholds(settings));
        inputs.put("brokenErrors", new LinkedHashMap<>(brokenErrors));
        Map<String, Object> tests = new LinkedHashMap<>();
        tests.put("errorRate", errorRateTest);
        tests.put("latency", latencyTest);
        inputs.put("tests", tests);
        return inputs;
    }

    static Map<String, Object> figures(WindowFigures side) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("statements", side.statements());
        figures.put("errors", side.errors());
        figures.put("errorRate", number(side.errorRate()));
        figures.put("requests", side.requests());
        figures.put("meanLatencyMs", number(side.meanLatencyMs()));
        figures.put("stdDevLatencyMs", number(side.latencyStdDevMs()));
        figures.put("errorsBySqlState", new LinkedHashMap<>(side.errorsBySqlState()));
        return figures;
    }

    static Map<String, Object> thresholds(AnalysisSettings settings) {
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("interval", settings.interval().toString());
        thresholds.put("minStatements", settings.minStatements());
        thresholds.put("maxErrorRateIncrease", number(settings.maxErrorRateIncrease()));
        thresholds.put("maxLatencyIncrease", number(settings.maxLatencyIncrease()));
        thresholds.put("minLatencyIncreaseMs", number(settings.minLatencyIncreaseMs()));
        thresholds.put("significance", number(settings.significance()));
        thresholds.put("failureLimit", settings.failureLimit());
        thresholds.put("brokenSqlStates", new ArrayList<>(settings.brokenSqlStates()));
        thresholds.put("brokenLimit", settings.brokenLimit());
        return thresholds;
    }

    static Map<String, Object> notAssessed(String reason) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("assessed", false);
        test.put("reason", reason);
        return test;
    }

    /** JSON has no NaN or infinity; a statistic that is not a finite number is stored as null. */
    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
