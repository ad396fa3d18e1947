package io.facadeswitch.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A change made to a synchronized reference table by anything but the synchronization, as its
 * trigger logged it: the rows as JSON before and after, who (session user, application, address) and when.
 *
 * @param id the change's number in the control schema's log of reference data changes
 */
@Serdeable
public record ReferenceDrift(long id, String table, String operation, @Nullable String before, @Nullable String after,
                             String changedBy, @Nullable String applicationName, @Nullable String clientAddr,
                             String changedAt) {

    @Override
    public String toString() {
        String row = switch (operation) {
            case "INSERT" -> "added " + after;
            case "DELETE" -> "deleted " + before;
            case "UPDATE" -> "edited " + before + " -> " + after;
            default -> "emptied (TRUNCATE)";
        };
        return row + " by " + changedBy + (applicationName == null || applicationName.isEmpty() ? ""
                : " (" + applicationName + ")") + (clientAddr == null ? "" : " from " + clientAddr) + " at " + changedAt;
    }
}
