package io.facadeswitch.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The optional {@code <table>.yaml} beside a reference CSV; without one, every default applies.
 *
 * @param key             the columns that identify a row; empty means the table's primary key
 * @param mode            what the synchronization may do
 * @param databaseColumns columns the CSV leaves to the database (defaults, identities), never written
 * @param nullMarker      the unquoted value that means NULL ({@code \N} by default); a quoted one is text
 * @param overlays        per environment name, the CSV whose rows that environment holds on top
 */
public record ReferenceManifest(List<String> key, SyncMode mode, List<String> databaseColumns, String nullMarker,
                                Map<String, Path> overlays) {

    /** The unquoted value that means NULL when the manifest does not say. */
    public static final String DEFAULT_NULL_MARKER = "\\N";

    public static final ReferenceManifest DEFAULTS =
            new ReferenceManifest(List.of(), SyncMode.SYNC, List.of(), DEFAULT_NULL_MARKER, Map.of());

    public ReferenceManifest {
        key = List.copyOf(key);
        databaseColumns = List.copyOf(databaseColumns);
        overlays = Map.copyOf(overlays);
    }
}
