package io.facadeswitch.reference;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a synchronization did to one reference table.
 *
 * @param unchanged     the declaration and the table were as at the last synchronization: nothing was read
 * @param driftSettled  changes made in this environment since the last synchronization, now overwritten
 *                      (or, with {@code upsert} and {@code insert}, accepted) by the declaration
 */
@Serdeable
public record TableSync(String table, String mode, long inserted, long updated, long deleted, boolean unchanged,
                        long driftSettled) {

    public boolean changed() {
        return inserted + updated + deleted > 0;
    }

    @Override
    public String toString() {
        return unchanged ? table + ": unchanged" : table + ": " + inserted + " inserted, " + updated + " updated, "
                + deleted + " deleted" + (driftSettled > 0 ? " (" + driftSettled + " change(s) made here since the"
                + " last synchronization settled)" : "");
    }
}
