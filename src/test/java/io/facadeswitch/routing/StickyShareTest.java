package io.facadeswitch.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The decision rule itself: pure arithmetic on names, no database involved. */
class StickyShareTest {

    private static final Set<String> NAMES = IntStream.range(0, 10_000).mapToObj(i -> "app-" + i)
            .collect(Collectors.toSet());

    private static RoutingTable table(double percent, Map<String, Colour> pins) {
        return new RoutingTable(7, Instant.now(), Colour.BLUE, Colour.GREEN, percent, "salt-1", pins);
    }

    private static Set<String> inCanary(RoutingTable table) {
        return NAMES.stream().filter(n -> "green".equals(table.route(n).colour())).collect(Collectors.toSet());
    }

    @Test
    void theInstancesAtTenPercentAreASubsetOfThoseAtTwenty() {
        Set<String> ten = inCanary(table(10, Map.of()));
        Set<String> twenty = inCanary(table(20, Map.of()));

        assertThat(twenty).containsAll(ten);
        assertThat(twenty.size()).isGreaterThan(ten.size());
    }

    @Test
    void aboutThePercentageOfTenThousandNamesLandInTheCanary() {
        // Binomial: at 10% of 10,000 the standard deviation is 30 names; 4 sigma is 120.
        for (double percent : new double[] {1, 10, 50}) {
            double expected = NAMES.size() * percent / 100;
            double sigma = Math.sqrt(NAMES.size() * (percent / 100) * (1 - percent / 100));
            assertThat((double) inCanary(table(percent, Map.of())).size()).as("%s%%", percent)
                    .isBetween(expected - 4 * sigma, expected + 4 * sigma);
        }
    }

    @Test
    void theSameSaltAndNameAlwaysGiveTheSameBucketAndAnotherSaltReshuffles() {
        assertThat(StickyBucket.of("salt-1", "app-42")).isEqualTo(StickyBucket.of("salt-1", "app-42"));
        long moved = NAMES.stream().filter(n -> StickyBucket.of("salt-1", n) != StickyBucket.of("salt-2", n)).count();
        assertThat(moved).isGreaterThan(9_900);
    }

    @Test
    void aPinOverridesTheShareBothWays() {
        RoutingTable everyone = table(100, Map.of("app-1", Colour.BLUE));
        RoutingTable nobody = table(0, Map.of("app-2", Colour.GREEN));

        assertThat(everyone.route("app-1").colour()).isEqualTo("blue");
        assertThat(everyone.route("app-1").reason()).isEqualTo("pinned");
        assertThat(everyone.route("app-3").colour()).isEqualTo("green");
        assertThat(nobody.route("app-2").colour()).isEqualTo("green");
        assertThat(nobody.route("app-3").colour()).isEqualTo("blue");
    }

    @Test
    void zeroAndOneHundredPercentAreExact() {
        assertThat(inCanary(table(0, Map.of()))).isEmpty();
        assertThat(inCanary(table(100, Map.of()))).hasSize(NAMES.size());
    }
}
