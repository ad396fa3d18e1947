package io.facadeswitch.facade;

import java.util.LinkedHashMap;
import java.util.Map;

/** Milliseconds spent per phase of a deploy, for --verbose and for the benchmark's breakdown. */
final class PhaseClock {

    private final Map<String, Long> phases = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String phase) {
        long now = System.nanoTime();
        phases.merge(phase, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        phases.forEach((phase, ms) -> text.append(text.isEmpty() ? "" : ", ").append(phase).append(' ').append(ms)
                .append(" ms"));
        return text.toString();
    }
}
