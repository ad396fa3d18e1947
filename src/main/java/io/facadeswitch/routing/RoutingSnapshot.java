package io.facadeswitch.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The routing as one document: the {@code status --json} shape of DESIGN.md §4.1, and the
 * before/after of every audit entry that changes routing.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RoutingSnapshot(long generation, @Nullable String active, Map<String, ColourStatus> colours,
                              @Nullable Canary canary) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ColourStatus(String schema, @Nullable String release, @Nullable String checksum, String state) {
    }

    /** Filled by the canary issue; {@code null} while no canary runs. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Canary(String colour, java.util.List<String> instances, double percent) {
    }

    static RoutingSnapshot of(RoutingRow routing, Iterable<ColourHolding> holdings) {
        Map<String, ColourStatus> colours = new LinkedHashMap<>();
        for (ColourHolding h : holdings) {
            Colour colour = Colour.of(h.colour());
            colours.put(colour.label(), new ColourStatus(colour.schema(), h.releaseName(), h.checksum(), h.state()));
        }
        return new RoutingSnapshot(routing.generation(), routing.active(), colours, null);
    }

    public Colour activeColour() {
        return Colour.of(active);
    }

    public ColourStatus colour(Colour colour) {
        return colours.get(colour.label());
    }

    public ColourState state(Colour colour) {
        return ColourState.of(colour(colour).state());
    }
}
