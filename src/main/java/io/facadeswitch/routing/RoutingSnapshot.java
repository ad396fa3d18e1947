package io.facadeswitch.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routing as one document: the {@code status --json} shape (docs/cli.md, "Exit status and
 * output"), and the before/after of every audit entry that changes routing.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RoutingSnapshot(long generation, @Nullable String active, Map<String, ColourStatus> colours,
                              @Nullable Canary canary) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ColourStatus(String schema, @Nullable String release, @Nullable String checksum, String state) {
    }

    /** The running canary; {@code null} while none runs. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Canary(String colour, List<String> instances, double percent) {
    }

    static RoutingSnapshot of(RoutingRow routing, Iterable<ColourHolding> holdings, List<PinRow> pins) {
        Map<String, ColourStatus> colours = new LinkedHashMap<>();
        for (ColourHolding h : holdings) {
            Colour colour = Colour.of(h.colour());
            colours.put(colour.label(), new ColourStatus(colour.schema(), h.releaseName(), h.checksum(), h.state()));
        }
        Canary canary = null;
        if (routing.canaryColour() != null) {
            List<String> pinned = pins.stream().filter(p -> p.colour().equals(routing.canaryColour()))
                    .map(PinRow::instance).toList();
            canary = new Canary(routing.canaryColour(), pinned, routing.canaryPercent().doubleValue());
        }
        return new RoutingSnapshot(routing.generation(), routing.active(), colours, canary);
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
