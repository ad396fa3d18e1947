package io.facadeswitch.sources;

import io.micronaut.core.annotation.Nullable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Source folders packed into one zip, in memory, so that {@code deploy}, {@code migrate-core} and
 * {@code plan} can send them to a running switch. The facade goes under {@code facade/}, and only
 * what a deploy reads ({@code *.sql} and {@code tests/*.sql}); the core changelog folder goes under
 * {@code core/} whole (hidden files and folders left out), since a changelog may include or load any
 * file of its tree. Names are relative, with {@code /} between folders; a symbolic link to a file is
 * packed as the file's content, as a local run would read it.
 */
public final class SourceBundle {

    public static final String MEDIA_TYPE = "application/zip";
    /** The folder of the bundle holding the facade release. */
    public static final String FACADE = "facade";
    /** The folder of the bundle holding the core changelog. */
    public static final String CORE = "core";

    private SourceBundle() {
    }

    /** Packs the folders given (either may be {@code null}) into one zip. */
    public static byte[] pack(@Nullable Path facadeFolder, @Nullable Path coreFolder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (facadeFolder != null) {
                for (Path file : facadeFiles(facadeFolder)) {
                    add(zip, FACADE + "/" + relativeName(facadeFolder, file), file);
                }
            }
            if (coreFolder != null) {
                for (Path file : coreFiles(coreFolder)) {
                    add(zip, CORE + "/" + relativeName(coreFolder, file), file);
                }
            }
        } catch (IOException e) {
            throw new BundleException(BundleErrorCode.INVALID, "could not pack the sources: " + e.getMessage()
                    + "; check that every file of the folder can be read", e);
        }
        return bytes.toByteArray();
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

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }
}
