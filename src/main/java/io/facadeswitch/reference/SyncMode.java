package io.facadeswitch.reference;

import java.util.Locale;

/** What a synchronization may do to a reference table's rows that the declaration does not hold. */
public enum SyncMode {
    /** Insert, update and delete: the table ends up holding exactly the declared rows. */
    SYNC,
    /** Insert and update; rows not declared stay. */
    UPSERT,
    /** Only add declared rows that are missing; existing rows are never changed. */
    INSERT;

    /** The word the manifest uses: {@code sync}, {@code upsert}, {@code insert}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean updates() {
        return this != INSERT;
    }

    public boolean deletes() {
        return this == SYNC;
    }
}
