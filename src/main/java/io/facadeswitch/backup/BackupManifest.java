package io.facadeswitch.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * What a backup's {@code manifest.json} says: where it comes from, why it was taken, and every
 * file with the counts and checksum {@code restore} checks it against.
 *
 * @param format           {@value #FORMAT}; a manifest of another format is not ours to read or delete
 * @param id               sortable and time-based ({@code 20261203-101500-3f2a}), also the folder's name
 * @param release          the release the migration came with, when it came as a bundle
 * @param schema           the core schema the tables were in
 * @param changesets       the pending changesets the backup was taken before
 * @param restorePoint     the name of the restore point created, {@code null} when the server refused one
 * @param noRestorePoint   why there is none, as the server said
 * @param walArchiving     whether the server archived WAL when the backup was taken ({@code on}, {@code off},
 *                         {@code unknown (...)}): without it the restore point cannot be recovered to
 * @param restorePointOnly tables over {@code facade.backup.max-table-size}: only the restore point protects them
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BackupManifest(int format, String id, Instant created, DatabaseIdentity database,
                             @Nullable String environment, @Nullable String release, @Nullable String bundleChecksum,
                             String schema, List<String> changesets, @Nullable String restorePoint,
                             @Nullable String restorePointLsn, @Nullable String noRestorePoint,
                             @Nullable String walArchiving, List<BackupTable> tables,
                             List<String> restorePointOnly, List<String> warnings) {

    public static final int FORMAT = 1;

    public BackupManifest {
        changesets = changesets == null ? List.of() : List.copyOf(changesets);
        tables = tables == null ? List.of() : List.copyOf(tables);
        restorePointOnly = restorePointOnly == null ? List.of() : List.copyOf(restorePointOnly);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The compressed size of every file together. */
    public long bytes() {
        return tables.stream().mapToLong(BackupTable::compressedBytes).sum();
    }

    /**
     * One copied table.
     *
     * @param file      the gzip'ed {@code COPY ... TO STDOUT} (text format) in the backup's folder
     * @param touchedBy what the pending changesets do to it, e.g. {@code altered by 901-drop-phone}
     * @param rawBytes  the COPY stream's length before compression
     * @param sha256    hex SHA-256 of the COPY stream before compression
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BackupTable(String name, String file, String touchedBy, long rows, long rawBytes, long compressedBytes,
                              String sha256, List<Column> columns, List<String> primaryKey) {

        public BackupTable {
            columns = columns == null ? List.of() : List.copyOf(columns);
            primaryKey = primaryKey == null ? List.of() : List.copyOf(primaryKey);
        }
    }

    /** A column as {@code restore} recreates it: {@code type} as {@code format_type} spells it. */
    @Serdeable
    public record Column(String name, String type, boolean notNull) {
    }
}
