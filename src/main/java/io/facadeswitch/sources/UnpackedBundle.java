package io.facadeswitch.sources;

import io.facadeswitch.OperatorText;
import io.micronaut.core.annotation.Nullable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An uploaded {@link SourceBundle} unpacked into a fresh temporary folder, deleted with all it holds
 * on {@link #close()}. The upload is untrusted: every entry name is checked before a byte of it is
 * written (relative, under {@code facade/} or {@code core/}, or a release bundle's top-level
 * {@code manifest.json}, no {@code ..}, no backslash, no control character, not twice), every
 * entry is written as a new regular file (never through a link, and no link is ever made), and the
 * entries and bytes are counted as they are unpacked, not taken from the archive's own headers.
 */
public final class UnpackedBundle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UnpackedBundle.class);
    private static final String PREFIX = "facade-upload-";
    private static final int MAX_NAME_LENGTH = 1_000;
    private static final int MAX_DEPTH = 32;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final List<String> PARTS = List.of(SourceBundle.FACADE, SourceBundle.CORE);

    private final Path root;

    private UnpackedBundle(Path root) {
        this.root = root;
    }

    /** Unpacks {@code zip} into a new temporary folder, or refuses it and leaves nothing behind. */
    public static UnpackedBundle unpack(byte[] zip, BundleLimits limits) {
        return unpack(zip, limits, null);
    }

    /** Unpacks {@code zip} into a new folder in {@code parent} (the system's temporary folder when {@code null}). */
    public static UnpackedBundle unpack(byte[] zip, BundleLimits limits, @Nullable Path parent) {
        Path root;
        try {
            root = (parent == null ? Files.createTempDirectory(PREFIX) : Files.createTempDirectory(parent, PREFIX))
                    .toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the upload", e);
        }
        UnpackedBundle bundle = new UnpackedBundle(root);
        try {
            bundle.extract(zip, limits);
            return bundle;
        } catch (RuntimeException | Error e) {
            bundle.close();
            throw e;
        }
    }

    /** The facade folder of the bundle; refused when the bundle holds none. */
    public Path facade() {
        return part(SourceBundle.FACADE, "the facade's .sql files (and tests/)");
    }

    /** The core changelog folder of the bundle; refused when the bundle holds none. */
    public Path core() {
        return part(SourceBundle.CORE, "the core changelog folder (changelog.xml and what it includes)");
    }

    /** The manifest a release bundle holds at its top level, or {@code null} when there is none. */
    public @Nullable Path manifest() {
        Path manifest = root.resolve(SourceBundle.MANIFEST);
        return Files.isRegularFile(manifest) ? manifest : null;
    }

    /** The temporary folder everything was unpacked into. */
    public Path root() {
        return root;
    }

    /** Deletes the folder and everything in it; never follows a link out of it. */
    @Override
    public void close() {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete the unpacked upload {}: {}", root, e.getMessage());
        }
    }

    private Path part(String name, String what) {
        Path folder = root.resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new BundleException(BundleErrorCode.INVALID, "the bundle holds no " + name + "/ folder: put "
                    + what + " under " + name + "/ in the zip (the command line does, with --server)");
        }
        return folder;
    }

    private void extract(byte[] zip, BundleLimits limits) {
        int entries = 0;
        long bytes = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new BundleException(BundleErrorCode.TOO_LARGE, "the bundle holds more than "
                            + limits.maxEntries() + " entries (facade.api.max-bundle-entries): send only the"
                            + " source folders, or raise the limit on the switch");
                }
                Path target = target(entry.getName());
                if (entry.isDirectory()) {
                    createFolder(entry.getName(), target);
                    continue;
                }
                createFolder(entry.getName(), target.getParent());
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        bytes += n;
                        if (bytes > limits.maxUnpackedBytes()) {
                            throw new BundleException(BundleErrorCode.TOO_LARGE, "the bundle unpacks to more than "
                                    + limits.maxUnpackedBytes() + " bytes (facade.api.max-unpacked-size): send only"
                                    + " the source folders, or raise the limit on the switch");
                        }
                        out.write(buffer, 0, n);
                    }
                } catch (FileAlreadyExistsException e) {
                    throw twice(entry.getName());
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new BundleException(BundleErrorCode.INVALID, "the upload is not a readable zip archive ("
                    + e.getMessage() + "): send the sources as application/zip, as the command line does", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the upload into " + root, e);
        }
        if (entries == 0) {
            throw new BundleException(BundleErrorCode.INVALID, "the upload holds no file (an empty or not a zip"
                    + " archive): send the sources as application/zip, as the command line does");
        }
    }

    private static void createFolder(String name, Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw twice(name);
        }
    }

    private static BundleException twice(String name) {
        return new BundleException(BundleErrorCode.INVALID, "bundle entry '" + OperatorText.shown(name)
                + "' is there twice, or as a file and a folder: send each file once");
    }

    /** Where an entry goes, after every check of its name. */
    private Path target(String name) {
        String problem = problem(name);
        if (problem == null) {
            Path target = root.resolve(name).normalize();
            if (target.startsWith(root) && !target.equals(root)) {
                return target;
            }
            problem = "leads out of the bundle";
        }
        throw new BundleException(BundleErrorCode.INVALID, "bundle entry '" + OperatorText.shown(name) + "' "
                + problem + "; nothing was used: pack relative paths under facade/ or core/, as the command"
                + " line does");
    }

    private static String problem(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return "has no name or one longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            return "is an absolute path";
        }
        if (name.indexOf('\\') >= 0) {
            return "holds a backslash (folders are separated by /)";
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "holds a control character";
        }
        String[] segments = (name.endsWith("/") ? name.substring(0, name.length() - 1) : name).split("/", -1);
        if (segments.length > MAX_DEPTH) {
            return "is nested deeper than " + MAX_DEPTH + " folders";
        }
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "holds an empty, '.' or '..' segment";
            }
        }
        if (segments.length == 1 && !name.endsWith("/") && segments[0].equals(SourceBundle.MANIFEST)) {
            return null;
        }
        if (!PARTS.contains(segments[0])) {
            return "is neither under facade/ nor under core/ (nor the top-level " + SourceBundle.MANIFEST + ")";
        }
        return null;
    }
}
