package io.facadeswitch.backup;

import io.micronaut.core.annotation.Nullable;

/** What a backup's manifest says the migration came with: a release bundle's name and checksum, when known. */
public record BackupLabel(@Nullable String release, @Nullable String bundleChecksum) {

    public static final BackupLabel NONE = new BackupLabel(null, null);
}
