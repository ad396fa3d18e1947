package io.facadeswitch.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowFiguresTest {

    @Test
    void addingTwoReplicasWindowsAddsEveryCountAndMergesTheSqlStates() {
        WindowFigures one = new WindowFigures(10, 2, 8, 16, 40, Map.of("42P01", 1L, "23505", 1L));
        WindowFigures other = new WindowFigures(5, 1, 4, 4, 6, Map.of("42P01", 1L));

        assertThat(one.plus(other)).isEqualTo(new WindowFigures(15, 3, 12, 20, 46, Map.of("42P01", 2L, "23505", 1L)));
    }

    @Test
    void addingEmptyChangesNothing() {
        WindowFigures figures = new WindowFigures(10, 2, 8, 16, 40, Map.of("42P01", 1L));

        assertThat(figures.plus(WindowFigures.EMPTY)).isEqualTo(figures);
    }

    @Test
    void theErrorRateIsZeroWhenNothingRan() {
        assertThat(WindowFigures.EMPTY.errorRate()).isZero();
    }

    @Test
    void theStandardDeviationIsTheSampleOneFromSumAndSumOfSquares() {
        // Samples 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32 / 7.
        WindowFigures figures = new WindowFigures(8, 0, 8, 40, 232, Map.of());

        assertThat(figures.meanLatencyMs()).isEqualTo(5.0);
        assertThat(figures.latencyStdDevMs()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    }

    @Test
    void equalSamplesWhoseSumsRoundBelowZeroVarianceHaveNoSpread() {
        // 0.1 is not exact in binary: n * 0.1² and (n * 0.1)² / n can differ in the last bits.
        long n = 1_000_003;
        WindowFigures figures = new WindowFigures(n, 0, n, n * 0.1, n * 0.1 * 0.1 * (1 - 1e-15), Map.of());

        assertThat(figures.latencyStdDevMs()).isZero();
    }

    @Test
    void oneRequestHasNoSpread() {
        assertThat(new WindowFigures(1, 0, 1, 5, 25, Map.of()).latencyStdDevMs()).isZero();
    }

    @Test
    void theSqlStateMapIsACopy() {
        Map<String, Long> given = new HashMap<>(Map.of("42P01", 1L));
        WindowFigures figures = new WindowFigures(1, 1, 0, 0, 0, given);
        given.put("42703", 1L);

        assertThat(figures.errorsBySqlState()).containsOnlyKeys("42P01");
    }

    @Test
    void aMissingSqlStateMapIsEmpty() {
        assertThat(new WindowFigures(0, 0, 0, 0, 0, null).errorsBySqlState()).isEmpty();
    }
}
