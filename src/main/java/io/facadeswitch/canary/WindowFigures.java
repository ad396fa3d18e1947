package io.facadeswitch.canary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the proxy counted for one side of a canary (the canary colour or the baseline colour) over one
 * analysis window, summed over every proxy replica.
 *
 * @param statements       statements the side ran
 * @param errors           statements that ended in an error
 * @param requests         latency samples (request round-trips)
 * @param latencySumMs     the sum of those latencies in ms
 * @param latencySqSumMs   the sum of their squares in ms²; with the sum it gives the spread without keeping samples
 * @param errorsBySqlState errors per SQLSTATE
 */
@Serdeable
public record WindowFigures(long statements, long errors, long requests, double latencySumMs,
                            double latencySqSumMs, @Nullable Map<String, Long> errorsBySqlState) {

    public static final WindowFigures EMPTY = new WindowFigures(0, 0, 0, 0, 0, Map.of());

    public WindowFigures {
        // Sorted so that summaries and stored JSON list the codes in the same order every time.
        errorsBySqlState = errorsBySqlState == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(errorsBySqlState));
    }

    /** Both windows as one, as when adding up what the replicas counted. */
    public WindowFigures plus(WindowFigures other) {
        Map<String, Long> merged = new TreeMap<>(errorsBySqlState);
        other.errorsBySqlState.forEach((state, count) -> merged.merge(state, count, Long::sum));
        return new WindowFigures(statements + other.statements, errors + other.errors, requests + other.requests,
                latencySumMs + other.latencySumMs, latencySqSumMs + other.latencySqSumMs, merged);
    }

    /** Errors per statement, 0 when nothing ran. */
    public double errorRate() {
        return statements == 0 ? 0 : (double) errors / statements;
    }

    /** 0 when there were no requests. */
    public double meanLatencyMs() {
        return requests == 0 ? 0 : latencySumMs / requests;
    }

    /** The sample standard deviation, 0 with fewer than two requests. */
    public double latencyStdDevMs() {
        if (requests < 2) {
            return 0;
        }
        // Sum-of-squares arithmetic can land a hair below zero when all samples are (nearly) equal.
        double variance = (latencySqSumMs - latencySumMs * latencySumMs / requests) / (requests - 1);
        return Math.sqrt(Math.max(0, variance));
    }

    long errorsWithState(String sqlState) {
        return errorsBySqlState.getOrDefault(sqlState, 0L);
    }
}
