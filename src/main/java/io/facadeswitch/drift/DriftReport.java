package io.facadeswitch.drift;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code drift} found: every difference from the record, by layer, the decided ones included
 * and marked; {@code drifted} when any is undecided.
 *
 * @param capture     "on", or "off: why" (then authors are unknown and only the comparison counts)
 * @param objects     undecided differences
 * @param byLayer     undecided differences per layer: core, colour, reference
 * @param notes       what could not be compared, and why (no record of the core yet, say)
 * @param differences every difference, decided or not
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DriftReport(boolean drifted, String checkedAt, String capture, int objects, Map<String, Integer> byLayer,
                          List<String> notes, List<DriftItem> differences, @Nullable Long checkMs) {

    static DriftReport of(String checkedAt, String capture, List<String> notes, List<DriftItem> differences,
                          long checkMs) {
        Map<String, Integer> byLayer = new LinkedHashMap<>();
        for (DriftLayer layer : DriftLayer.values()) {
            byLayer.put(layer.label(), 0);
        }
        differences.stream().filter(DriftItem::unresolved).forEach(item -> byLayer.merge(item.layer(), 1, Integer::sum));
        int objects = byLayer.values().stream().mapToInt(Integer::intValue).sum();
        return new DriftReport(objects > 0, checkedAt, capture, objects, byLayer, List.copyOf(notes),
                List.copyOf(differences), checkMs);
    }

    public List<DriftItem> unresolved() {
        return differences.stream().filter(DriftItem::unresolved).toList();
    }
}
