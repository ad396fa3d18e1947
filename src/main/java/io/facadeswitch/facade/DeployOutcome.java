package io.facadeswitch.facade;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What a deploy did. */
public sealed interface DeployOutcome {

    String release();

    /**
     * The release was built, verified and recorded.
     *
     * @param durationMs from reading the sources to the commit, and the drop of the colour's
     *                   previous schema after it when no live serve replica drops it instead
     */
    @Serdeable
    record Deployed(String release, String checksum, String colour, boolean active, int objects, int testFiles,
                    long durationMs, long generation, List<String> warnings) implements DeployOutcome {

        /** The JSON leaves an empty list out; read back through the API it is empty, not null. */
        public Deployed {
            warnings = warnings == null ? List.of() : warnings;
        }

        Deployed withDurationMs(long total) {
            return new Deployed(release, checksum, colour, active, objects, testFiles, total, generation, warnings);
        }
    }

    /** The same sources are already live: nothing was done. */
    @Serdeable
    record Unchanged(String release, String checksum, String colour, String liveAs) implements DeployOutcome {
    }
}
