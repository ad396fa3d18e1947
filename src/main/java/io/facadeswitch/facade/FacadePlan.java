package io.facadeswitch.facade;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a deploy of the facade folder would do: which colour it would build, and the object
 * differences against each colour as the catalog has them now.
 */
@Serdeable
public record FacadePlan(String checksum, String targetColour, int objects, int testFiles, String unchangedIn,
                         List<ColourDiff> colours) {

    /** The JSON leaves an empty list out; read back through the API it is empty, not null. */
    public FacadePlan {
        colours = colours == null ? List.of() : colours;
    }
}
