package io.facadeswitch.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.facadeswitch.backup.BackupManifest.BackupTable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * This database's backups, newest first, as {@code backups --json} prints them and
 * {@code GET /api/backups} answers.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BackupList(String folder, List<Entry> backups) {

    public BackupList {
        backups = backups == null ? List.of() : List.copyOf(backups);
    }

    /**
     * One backup.
     *
     * @param bytes            the compressed size of its files together
     * @param restorePointOnly tables too large to copy, protected by the restore point only
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(String id, Instant created, @Nullable String release, @Nullable String bundleChecksum,
                        @Nullable String environment, List<Table> tables, long bytes, @Nullable String restorePoint,
                        @Nullable String noRestorePoint, List<String> restorePointOnly, List<String> changesets) {

        public Entry {
            tables = tables == null ? List.of() : List.copyOf(tables);
            restorePointOnly = restorePointOnly == null ? List.of() : List.copyOf(restorePointOnly);
            changesets = changesets == null ? List.of() : List.copyOf(changesets);
        }

        static Entry of(BackupManifest m) {
            return new Entry(m.id(), m.created(), m.release(), m.bundleChecksum(), m.environment(),
                    m.tables().stream().map(Table::of).toList(), m.bytes(), m.restorePoint(), m.noRestorePoint(),
                    m.restorePointOnly(), m.changesets());
        }
    }

    /** A copied table: its rows, its file's size and the COPY stream's before compression. */
    @Serdeable
    public record Table(String name, long rows, long bytes, long rawBytes) {

        static Table of(BackupTable t) {
            return new Table(t.name(), t.rows(), t.compressedBytes(), t.rawBytes());
        }
    }
}
