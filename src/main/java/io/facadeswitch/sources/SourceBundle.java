package io.facadeswitch.sources;

import io.micronaut.core.annotation.Nullable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Source folders packed into one zip, in memory, so that {@code deploy}, {@code migrate-core} and
 * {@code plan} can send them to a running switch. The facade goes under {@code facade/}, and only
 * what a deploy reads ({@code *.sql} and {@code tests/*.sql}); the core changelog folder goes under
 * {@code core/} whole (hidden files and folders left out), since a changelog may include or load any
 * file of its tree. Names are relative, with {@code /} between folders; a symbolic link to a file is
 * packed as the file's content, as a local run would read it. Entries go in name order with one
 * fixed time, so the same sources always pack to the same bytes.
 */
public final class SourceBundle {

    public static final String MEDIA_TYPE = "application/zip";
    /** The folder of the bundle holding the facade release. */
    public static final String FACADE = "facade";
    /** The folder of the bundle holding the core changelog. */
    public static final String CORE = "core";
    /** The one file a bundle may hold beside its folders: a release bundle's manifest. */
    public static final String MANIFEST = "manifest.json";
    /** Every entry's time: a zip's times are local dates, so a fixed one keeps the bytes the same anywhere. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private SourceBundle() {
    }

    /** Packs the folders given (either may be {@code null}) into one zip. */
    public static byte[] pack(@Nullable Path facadeFolder, @Nullable Path coreFolder) {
        return pack(facadeFolder, coreFolder, null);
    }

    /** Packs the folders given and, when not {@code null}, a {@link #MANIFEST} with these bytes first. */
    public static byte[] pack(@Nullable Path facadeFolder, @Nullable Path coreFolder, @Nullable byte[] manifest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (manifest != null) {
                zip.putNextEntry(entry(MANIFEST));
                zip.write(manifest);
                zip.closeEntry();
            }
            for (Map.Entry<String, Path> file : entries(facadeFolder, coreFolder).entrySet()) {
                zip.putNextEntry(entry(file.getKey()));
                Files.copy(file.getValue(), zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new BundleException(BundleErrorCode.INVALID, "could not pack the sources: " + e.getMessage()
                    + "; check that every file of the folder can be read", e);
        }
        return bytes.toByteArray();
    }

    /**
     * What {@link #pack} puts in the zip: entry name ({@code facade/...}, {@code core/...}) to the
     * file it is read from, in entry-name order.
     */
    public static SortedMap<String, Path> entries(@Nullable Path facadeFolder, @Nullable Path coreFolder)
            throws IOException {
        SortedMap<String, Path> entries = new TreeMap<>();
        if (facadeFolder != null) {
            for (Path file : facadeFiles(facadeFolder)) {
                entries.put(FACADE + "/" + relativeName(facadeFolder, file), file);
            }
        }
        if (coreFolder != null) {
            for (Path file : coreFiles(coreFolder)) {
                entries.put(CORE + "/" + relativeName(coreFolder, file), file);
            }
        }
        return entries;
    }

    /**
     * The core folder's checksum, sha256 hex: for each file {@link #pack} takes, in relative-name
     * order, its name (UTF-8), a NUL byte, its length (8 bytes, big-endian) and its content. Names
     * are in it, so a renamed or moved changeset file is a new core.
     */
    public static String coreChecksum(Path coreFolder) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String prefix = CORE + "/";
            for (Map.Entry<String, Path> file : entries(null, coreFolder).entrySet()) {
                byte[] content = Files.readAllBytes(file.getValue());
                digest.update(file.getKey().substring(prefix.length()).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            throw new BundleException(BundleErrorCode.INVALID, "could not read the core folder " + coreFolder + ": "
                    + e.getMessage() + "; check that every file of the folder can be read", e);
        }
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    private static List<Path> facadeFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>(sqlFiles(folder));
        Path tests = folder.resolve("tests");
        if (Files.isDirectory(tests)) {
            files.addAll(sqlFiles(tests));
        }
        return files;
    }

    private static List<Path> sqlFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sql"))
                    .sorted().toList();
        }
    }

    private static List<Path> coreFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.walk(folder)) {
            return entries.filter(p -> !hidden(folder, p) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static boolean hidden(Path root, Path path) {
        for (Path segment : root.relativize(path)) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relativeName(Path root, Path file) {
        List<String> segments = new ArrayList<>();
        root.relativize(file).forEach(segment -> segments.add(segment.toString()));
        return String.join("/", segments);
    }
}
