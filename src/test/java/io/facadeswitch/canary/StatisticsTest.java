package io.facadeswitch.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference values are printed tables where they exist, otherwise scipy.stats (norm.sf and t.sf). */
class StatisticsTest {

    @ParameterizedTest(name = "P(Z > {0}) = {1}")
    @CsvSource({
        "1.6449, 0.04999521746834631",
        "1.96,   0.024997895148220435",
        "3,      0.0013498980316300933",
        "-1.96,  0.9750021048517795"})
    void theNormalUpperTailMatchesTheTable(double z, double expected) {
        assertThat(Statistics.normalUpperTail(z)).isCloseTo(expected, Percentage.withPercentage(1e-4));
    }

    @Test
    void theNormalUpperTailAtZeroIsOneHalf() {
        assertThat(Statistics.normalUpperTail(0)).isCloseTo(0.5, within(1e-7));
    }

    @ParameterizedTest(name = "P(Z > {0}) = {1}")
    @CsvSource({
        "5,  2.866515718791933e-07",
        "8,  6.22096057427174e-16",
        "10, 7.61985302416047e-24"})
    void theNormalUpperTailKeepsItsRelativeAccuracyFarOut(double z, double expected) {
        // Tiny p-values still have to compare correctly against the significance level.
        assertThat(Statistics.normalUpperTail(z)).isCloseTo(expected, Percentage.withPercentage(1e-4));
    }

    @ParameterizedTest(name = "P(T > {0}) with {1} df = {2}")
    @CsvSource({
        "1.812, 10,  0.05003763103292357",
        "1,     1,   0.25",
        "2.042, 30,  0.025014335328098953",
        "3,     2.5, 0.036288047774515914",
        "25,    3,   7.016569497877428e-05",
        "-1.812, 10, 0.9499623689670764"})
    void theStudentTUpperTailMatchesTheTable(double t, double df, double expected) {
        assertThat(Statistics.studentTUpperTail(t, df)).isCloseTo(expected, Percentage.withPercentage(1e-4));
    }

    @Test
    void theStudentTUpperTailAtZeroIsOneHalf() {
        assertThat(Statistics.studentTUpperTail(0, 7)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void withAMillionDegreesOfFreedomTheTTailIsCloseToTheNormal() {
        assertThat(Statistics.studentTUpperTail(1.96, 1e6))
                .isCloseTo(Statistics.normalUpperTail(1.96), within(1e-6))
                .isCloseTo(0.024998033792634926, Percentage.withPercentage(1e-4));
    }

    @ParameterizedTest(name = "P(T > {0}) with {1} df = {2}")
    @CsvSource({
        "0.5,  1e5,    0.30853808882720896",
        "4,    1e6,    3.167351700502405e-05",
        "2,    5e6,    0.022750158943665028",
        "1.96, 9.99e6, 0.02499790902653543"})
    void theTTailStaysAccurateUpToTheNormalCutOver(double t, double df, double expected) {
        // Welch's degrees of freedom reach millions when a window holds millions of requests.
        assertThat(Statistics.studentTUpperTail(t, df)).isCloseTo(expected, Percentage.withPercentage(1e-4));
    }

    @Test
    void withInfiniteDegreesOfFreedomTheTTailIsTheNormal() {
        assertThat(Statistics.studentTUpperTail(1.6449, Double.POSITIVE_INFINITY))
                .isEqualTo(Statistics.normalUpperTail(1.6449));
    }

    @Test
    void anInfiniteTHasNoUpperTail() {
        assertThat(Statistics.studentTUpperTail(Double.POSITIVE_INFINITY, 12)).isZero();
    }
}
