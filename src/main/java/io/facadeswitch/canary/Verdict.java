package io.facadeswitch.canary;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The judgement of one analysis window.
 *
 * @param outcome the result
 * @param summary one line for people: why, with the figures that decided it
 * @param inputs  everything the judgement used (figures, thresholds, test statistics), insertion ordered and made
 *                of JSON values only, so that it can be stored and a decision re-checked later
 */
@Serdeable
public record Verdict(Outcome outcome, String summary, Map<String, Object> inputs) {

    public Verdict {
        inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
