package io.facadeswitch.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected statistics were worked out independently with scipy.stats. */
class JudgeTest {

    private static final AnalysisSettings DEFAULTS = AnalysisSettings.defaults();

    /** A side whose requests, one per statement, have the given mean and sample standard deviation. */
    private static WindowFigures side(long statements, long errors, double meanMs, double stdDevMs,
                                      Map<String, Long> errorsBySqlState) {
        double sum = statements * meanMs;
        double squares = (statements - 1) * stdDevMs * stdDevMs + statements * meanMs * meanMs;
        return new WindowFigures(statements, errors, statements, sum, squares, errorsBySqlState);
    }

    private static WindowFigures side(long statements, long errors) {
        return side(statements, errors, 1.0, 0.2, Map.of());
    }

    private static WindowFigures latency(long requests, double meanMs, double stdDevMs) {
        return side(requests, 0, meanMs, stdDevMs, Map.of());
    }

    private static AnalysisSettings settings(double maxErrorRateIncrease, int brokenLimit) {
        return new AnalysisSettings(Duration.ofSeconds(60), 100, maxErrorRateIncrease, 0.25, 2.0, 0.05, 2,
                DEFAULTS.brokenSqlStates(), brokenLimit);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> inputs, String... path) {
        Map<String, Object> current = inputs;
        for (String key : path) {
            current = (Map<String, Object>) current.get(key);
        }
        return current;
    }

    @Test
    void aBrokenFacadeErrorRollsBackEvenWithOneStatement() {
        WindowFigures canary = side(1, 1, 1.0, 0, Map.of("42P01", 1L));

        Verdict verdict = Judge.judge(canary, WindowFigures.EMPTY, DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.BROKEN);
    }

    @Test
    void theBrokenSummaryNamesTheCodesTheirConditionsAndCounts() {
        WindowFigures canary = side(500, 4, 1.0, 0.2, Map.of("42P01", 3L, "0A000", 1L, "23505", 7L));

        Verdict verdict = Judge.judge(canary, side(500, 0), DEFAULTS);

        assertThat(verdict.summary()).isEqualTo(
                "broken facade: canary saw 3 errors 42P01 (undefined_table), 1 error 0A000 (feature_not_supported)");
    }

    @Test
    void brokenFacadeErrorsOnTheBaselineOnlyDoNotMakeTheCanaryBroken() {
        WindowFigures baseline = side(1000, 5, 1.0, 0.2, Map.of("42P01", 5L));

        Verdict verdict = Judge.judge(side(1000, 0), baseline, DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void errorsWithSqlStatesOutsideTheBrokenListAreNotBroken() {
        WindowFigures canary = side(1000, 2, 1.0, 0.2, Map.of("23505", 2L));

        Verdict verdict = Judge.judge(canary, side(1000, 2), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void fewerBrokenFacadeErrorsThanTheBrokenLimitLeaveTheWindowToTheOtherTests() {
        WindowFigures canary = side(1000, 2, 1.0, 0.2, Map.of("42703", 2L));

        Verdict verdict = Judge.judge(canary, side(1000, 2), settings(0.01, 3));

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void tooLittleCanaryTrafficIsInconclusiveAndSaysSo() {
        Verdict verdict = Judge.judge(side(12, 0), side(3010, 1), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.summary()).isEqualTo("inconclusive: canary ran 12 statements, fewer than the 100 needed");
    }

    @Test
    void tooLittleBaselineTrafficIsInconclusiveAndSaysSo() {
        Verdict verdict = Judge.judge(side(412, 0), side(40, 0), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.summary()).isEqualTo("inconclusive: baseline ran 40 statements, fewer than the 100 needed");
    }

    @Test
    void tooLittleTrafficOnBothSidesSaysSoForBoth() {
        Verdict verdict = Judge.judge(side(12, 0), side(40, 0), DEFAULTS);

        assertThat(verdict.summary())
                .isEqualTo("inconclusive: canary ran 12 statements and baseline 40, each fewer than the 100 needed");
    }

    @Test
    void equalErrorRatesPass() {
        Verdict verdict = Judge.judge(side(2000, 10), side(4000, 20), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void thePassSummaryGivesBothSidesFigures() {
        WindowFigures canary = side(412, 0, 1.2, 0.3, Map.of());
        WindowFigures baseline = side(3010, 1, 1.1, 0.3, Map.of());

        Verdict verdict = Judge.judge(canary, baseline, DEFAULTS);

        assertThat(verdict.summary()).isEqualTo("pass: canary 412 statements, 0.00% errors, 1.2 ms mean;"
                + " baseline 3,010 statements, 0.03% errors, 1.1 ms mean");
    }

    @Test
    void aSignificantlyHigherCanaryErrorRateFailsWithZAndPInTheInputs() {
        Verdict verdict = Judge.judge(side(1000, 50), side(1000, 10), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        Map<String, Object> test = map(verdict.inputs(), "tests", "errorRate");
        assertThat((Double) test.get("difference")).isCloseTo(0.04, within(1e-12));
        assertThat((Double) test.get("z")).isCloseTo(5.243225050930763, within(1e-9));
        assertThat((Double) test.get("p")).isCloseTo(7.889693914222477e-08, Percentage.withPercentage(1e-3));
        assertThat(test.get("regression")).isEqualTo(true);
    }

    @Test
    void theErrorRateFailureSummaryGivesTheRatesAndTheTest() {
        Verdict verdict = Judge.judge(side(1000, 50), side(1000, 10), DEFAULTS);

        assertThat(verdict.summary()).isEqualTo(
                "fail: error rate 5.00% against baseline 1.00% (+4.00 points, z = 5.24, p < 0.0001)");
    }

    @Test
    void aSignificantlyHigherRateWithinTheAllowedIncreasePasses() {
        // 1.4% against 0.5%: certain with these numbers, but under the one point allowed.
        Verdict verdict = Judge.judge(side(100_000, 1400), side(100_000, 500), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat((Double) map(verdict.inputs(), "tests", "errorRate").get("p")).isLessThan(0.05);
    }

    @Test
    void aHigherRateThatIsNotSignificantWithSmallSamplesPasses() {
        Verdict verdict = Judge.judge(side(100, 1), side(100, 0), settings(0, 1));

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat((Double) map(verdict.inputs(), "tests", "errorRate").get("p")).isGreaterThan(0.05);
    }

    @Test
    void withoutErrorsOnEitherSideTheErrorRateTestFindsNothingWithPOne() {
        Verdict verdict = Judge.judge(side(500, 0), side(500, 0), settings(0, 1));

        Map<String, Object> test = map(verdict.inputs(), "tests", "errorRate");
        assertThat(test).containsEntry("p", 1.0).containsEntry("regression", false);
    }

    @Test
    void aLatencyRegressionFails() {
        Verdict verdict = Judge.judge(latency(200, 11.5, 5), latency(300, 9, 4), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.summary()).isEqualTo(
                "fail: mean latency 11.5 ms against baseline 9.0 ms (+28%, +2.5 ms, t = 5.92, p < 0.0001)");
    }

    @Test
    void aWindowRegressingInErrorRateAndLatencyNamesBoth() {
        WindowFigures canary = side(1000, 50, 30, 5, Map.of());
        WindowFigures baseline = side(1000, 10, 10, 5, Map.of());

        Verdict verdict = Judge.judge(canary, baseline, DEFAULTS);

        assertThat(verdict.summary()).startsWith("fail: error rate 5.00% against baseline 1.00%")
                .contains("; mean latency 30.0 ms against baseline 10.0 ms (+200%, +20.0 ms");
    }

    @Test
    void theLatencyTestIsWelchsWithItsDegreesOfFreedom() {
        Verdict verdict = Judge.judge(latency(200, 11.5, 5), latency(300, 9, 4), DEFAULTS);

        Map<String, Object> test = map(verdict.inputs(), "tests", "latency");
        assertThat((Double) test.get("t")).isCloseTo(5.920027784728937, within(1e-6));
        assertThat((Double) test.get("degreesOfFreedom")).isCloseTo(361.26883978000177, within(1e-6));
        assertThat((Double) test.get("p")).isCloseTo(3.744651684513379e-09, Percentage.withPercentage(1e-3));
    }

    @Test
    void aLatencyIncreaseUnderMinLatencyIncreaseMsPasses() {
        // +50% and certain, but half a millisecond.
        Verdict verdict = Judge.judge(latency(5000, 1.5, 0.3), latency(5000, 1.0, 0.3), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat((Double) map(verdict.inputs(), "tests", "latency").get("p")).isLessThan(0.05);
    }

    @Test
    void aLatencyIncreaseUnderMaxLatencyIncreasePasses() {
        // +10 ms and certain, but only 10% over the baseline.
        Verdict verdict = Judge.judge(latency(5000, 110, 5), latency(5000, 100, 5), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat((Double) map(verdict.inputs(), "tests", "latency").get("p")).isLessThan(0.05);
    }

    @Test
    void aLargeLatencyIncreaseThatIsNotSignificantPasses() {
        Verdict verdict = Judge.judge(latency(100, 30, 200), latency(100, 20, 200), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat((Double) map(verdict.inputs(), "tests", "latency").get("p")).isGreaterThan(0.05);
    }

    @Test
    void withoutLatencySpreadTheThresholdsAloneDecide() {
        Verdict verdict = Judge.judge(latency(200, 10, 0), latency(200, 5, 0), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(map(verdict.inputs(), "tests", "latency")).containsEntry("p", 0.0);
    }

    @Test
    void tooFewLatencySamplesLeaveLatencyUnassessedWithoutMakingTheWindowInconclusive() {
        WindowFigures canary = new WindowFigures(500, 0, 20, 2000, 200_000, Map.of());

        Verdict verdict = Judge.judge(canary, side(500, 0), DEFAULTS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat(map(verdict.inputs(), "tests", "latency")).containsEntry("assessed", false);
    }

    @Test
    void theInputsHoldBothSidesCountsAndRates() {
        Verdict verdict = Judge.judge(side(1000, 50, 2.0, 0.5, Map.of("23505", 50L)), side(2000, 10), DEFAULTS);

        assertThat(map(verdict.inputs(), "canary"))
                .containsEntry("statements", 1000L)
                .containsEntry("errors", 50L)
                .containsEntry("errorRate", 0.05)
                .containsEntry("requests", 1000L)
                .containsEntry("errorsBySqlState", Map.of("23505", 50L));
        assertThat(map(verdict.inputs(), "baseline")).containsEntry("statements", 2000L).containsEntry("errors", 10L);
    }

    @Test
    void theInputsHoldTheThresholds() {
        Verdict verdict = Judge.judge(side(1000, 0), side(1000, 0), DEFAULTS);

        assertThat(map(verdict.inputs(), "thresholds"))
                .containsEntry("interval", "PT1M")
                .containsEntry("minStatements", 100L)
                .containsEntry("maxErrorRateIncrease", 0.01)
                .containsEntry("maxLatencyIncrease", 0.25)
                .containsEntry("minLatencyIncreaseMs", 2.0)
                .containsEntry("significance", 0.05)
                .containsEntry("failureLimit", 2)
                .containsEntry("brokenLimit", 1)
                .containsKey("brokenSqlStates");
    }

    @Test
    void everyInputIsAJsonValue() {
        Verdict verdict = Judge.judge(latency(200, 11.5, 5), latency(300, 9, 4), DEFAULTS);

        assertJsonValue("inputs", verdict.inputs());
    }

    @Test
    void aStatisticThatIsNotAFiniteNumberIsStoredAsNull() {
        // A baseline that reports no latency gives an infinite ratio, which JSON cannot hold.
        WindowFigures baseline = new WindowFigures(500, 0, 500, 0, 0, Map.of());

        Verdict verdict = Judge.judge(latency(500, 3, 1), baseline, DEFAULTS);

        assertThat(map(verdict.inputs(), "tests", "latency")).containsEntry("ratio", null);
        assertJsonValue("inputs", verdict.inputs());
    }

    private static void assertJsonValue(String path, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                assertThat(key).as(path).isInstanceOf(String.class);
                assertJsonValue(path + "." + key, item);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertJsonValue(path + "[" + i + "]", list.get(i));
            }
        } else if (value instanceof Double number) {
            assertThat(Double.isFinite(number)).as(path + " is finite").isTrue();
        } else if (value != null) {
            assertThat(value).as(path).isInstanceOfAny(String.class, Number.class, Boolean.class);
        }
    }

    static Stream<Arguments> badSettings() {
        List<String> states = DEFAULTS.brokenSqlStates();
        return Stream.of(
                Arguments.of("interval", (Supplier<?>) () ->
                        new AnalysisSettings(Duration.ZERO, 100, 0.01, 0.25, 2, 0.05, 2, states, 1)),
                Arguments.of("min-statements", (Supplier<?>) () ->
                        new AnalysisSettings(Duration.ofSeconds(60), 0, 0.01, 0.25, 2, 0.05, 2, states, 1)),
                Arguments.of("max-error-rate-increase", (Supplier<?>) () ->
                        new AnalysisSettings(Duration.ofSeconds(60), 100, -0.01, 0.25, 2, 0.05, 2, states, 1)),
                Arguments.of("max-latency-increase", (Supplier<?>) () ->
                        new AnalysisSettings(Duration.ofSeconds(60), 100, 0.01, Double.NaN, 2, 0.05, 2, states, 1)),
                Arguments.of("min-latency-increase-ms", (Supplier<?>) () ->
                        new AnalysisSettings(Duration.ofSeconds(60), 100, 0.01, 0.25, -1, 0.05, 2, states, 1)),
                Arguments.of("significance", (Supplier<?>) () ->
                        new AnalysisSettings(Duration.ofSeconds(60), 100, 0.01, 0.25, 2, 1.0, 2, states, 1)),
                Arguments.of("failure-limit", (Supplier<?>) () ->
                        new AnalysisSettings(Duration.ofSeconds(60), 100, 0.01, 0.25, 2, 0.05, 0, states, 1)),
                Arguments.of("broken-limit", (Supplier<?>) () ->
                        new AnalysisSettings(Duration.ofSeconds(60), 100, 0.01, 0.25, 2, 0.05, 2, states, 0)),
                Arguments.of("broken-sql-states", (Supplier<?>) () ->
                        new AnalysisSettings(Duration.ofSeconds(60), 100, 0.01, 0.25, 2, 0.05, 2,
                                List.of("42P01", "42P0"), 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void analysisSettingsRefuseABadValueNamingTheSetting(String setting, Supplier<?> construction) {
        assertThatThrownBy(construction::get)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("facade.rollout.analysis." + setting + " must");
    }

    @Test
    void aMalformedSqlStateIsNamedInTheRefusal() {
        assertThatThrownBy(() -> new AnalysisSettings(Duration.ofSeconds(60), 100, 0.01, 0.25, 2, 0.05, 2,
                List.of("42P01", "undefined_table"), 1))
                .hasMessageContaining("'UNDEFINED_TABLE' is not one");
    }

    @Test
    void configuredSqlStatesAreTrimmedAndUpperCased() {
        AnalysisSettings settings = new AnalysisSettings(Duration.ofSeconds(60), 100, 0.01, 0.25, 2, 0.05, 2,
                List.of(" 42p01", "xx000 ", ""), 1);

        assertThat(settings.brokenSqlStates()).containsExactly("42P01", "XX000");
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(DEFAULTS).isEqualTo(new AnalysisSettings(Duration.ofSeconds(60), 100, 0.01, 0.25, 2.0, 0.05, 2,
                List.of("42P01", "42703", "42883", "42501", "0A000", "XX000", "XX001", "XX002"), 1));
    }

    @Test
    void outcomeLabelsAreLowerCase() {
        assertThat(Stream.of(Outcome.values()).map(Outcome::label))
                .containsExactly("pass", "fail", "broken", "inconclusive");
    }
}
