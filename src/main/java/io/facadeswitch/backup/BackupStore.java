package io.facadeswitch.backup;

import io.facadeswitch.FileTrees;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backup folder: one folder per backup, named by its id, holding {@value #MANIFEST}. Only a
 * folder whose name is an id and whose manifest is ours, of that id, counts as a backup; nothing
 * else there is read, listed or deleted.
 */
final class BackupStore {

    static final String MANIFEST = "manifest.json";
    static final Pattern ID = Pattern.compile("\\d{8}-\\d{6}-[0-9a-f]{4}");

    private static final Logger LOG = LoggerFactory.getLogger(BackupStore.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long MANIFEST_LIMIT = 16L << 20;

    private BackupStore() {
    }

    /** A backup on disk. */
    record Stored(Path folder, BackupManifest manifest) {
    }

    /** Sortable by time, and unique enough that two migrations in one second do not collide. */
    static String newId(Instant now) {
        return ID_TIME.format(now) + "-" + String.format("%04x", RANDOM.nextInt(0x10000));
    }

    /** Every backup in the folder, of any database, newest first; an absent folder holds none. */
    static List<Stored> list(Path folder, ObjectMapper json) {
        List<Stored> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                read(entry, json).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new BackupException(BackupErrorCode.NOT_FOUND, "could not list the backup folder "
                    + folder.toAbsolutePath() + ": " + e.getMessage() + "; check it exists and this user may read it", e);
        }
        found.sort(Comparator.comparing((Stored s) -> s.manifest().created()).thenComparing(s -> s.manifest().id())
                .reversed());
        return found;
    }

    /** The backup of that id, when the folder holds one. */
    static Optional<Stored> find(Path folder, String id, ObjectMapper json) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return read(folder.resolve(id), json);
    }

    private static Optional<Stored> read(Path entry, ObjectMapper json) {
        String name = entry.getFileName().toString();
        Path manifest = entry.resolve(MANIFEST);
        if (!ID.matcher(name).matches() || !Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            if (Files.size(manifest) > MANIFEST_LIMIT) {
                return Optional.empty();
            }
            BackupManifest read = json.readValue(Files.readAllBytes(manifest), BackupManifest.class);
            if (read == null || read.format() != BackupManifest.FORMAT || !name.equals(read.id()) || read.created() == null
                    || read.database() == null) {
                return Optional.empty();
            }
            return Optional.of(new Stored(entry, read));
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} is not a backup manifest of ours", manifest, e);
            return Optional.empty();
        }
    }

    /**
     * Keeps at most the newest {@code keep} of the database's backups, and none older than {@code maxAge}, except the
     * newest, which is never deleted (it is the one just taken).
     *
     * @return the ids deleted
     */
    static List<String> prune(Path folder, DatabaseIdentity database, int keep, Duration maxAge, Instant now,
                              ObjectMapper json) {
        List<String> deleted = new ArrayList<>();
        List<Stored> ours = list(folder, json).stream().filter(s -> s.manifest().database().sameAs(database)).toList();
        for (int i = 0; i < ours.size(); i++) {
            Stored stored = ours.get(i);
            if (i > 0 && (i >= keep || stored.manifest().created().isBefore(now.minus(maxAge)))) {
                if (FileTrees.deleteQuietly(stored.folder())) {
                    deleted.add(stored.manifest().id());
                }
            }
        }
        return deleted;
    }
}
