package io.facadeswitch.proxy;

import java.util.Map;
import java.util.TreeMap;

/** Cumulative figures of one (colour, instance), and the difference between two of them. */
record FigureTotals(long statements, long errors, long requests, double latencySumMs, double latencySqMs,
                    Map<String, Long> errorsBySqlState) {

    static final FigureTotals ZERO = new FigureTotals(0, 0, 0, 0, 0, Map.of());

    FigureTotals since(FigureTotals earlier) {
        Map<String, Long> states = new TreeMap<>();
        errorsBySqlState.forEach((state, count) -> {
            long delta = count - earlier.errorsBySqlState.getOrDefault(state, 0L);
            if (delta > 0) {
                states.put(state, delta);
            }
        });
        return new FigureTotals(statements - earlier.statements, errors - earlier.errors,
                requests - earlier.requests, latencySumMs - earlier.latencySumMs, latencySqMs - earlier.latencySqMs,
                states);
    }

    boolean isEmpty() {
        return statements == 0 && errors == 0 && requests == 0;
    }
}
