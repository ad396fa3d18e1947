package io.facadeswitch.environment;

import io.facadeswitch.AtomicFiles;
import io.facadeswitch.OperatorText;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.facade.DeployException;
import io.facadeswitch.facade.FacadeRelease;
import io.facadeswitch.facade.FacadeSourceReader;
import io.facadeswitch.sources.BundleErrorCode;
import io.facadeswitch.sources.BundleException;
import io.facadeswitch.sources.BundleLimits;
import io.facadeswitch.sources.SourceBundle;
import io.facadeswitch.sources.SourceCommit;
import io.facadeswitch.sources.UnpackedBundle;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A release built once: the core changelog folder, the facade sources and a {@link BundleManifest}
 * in one zip, so that every environment gets the same bytes and a release name stands for one
 * checksum everywhere. {@link #build} reads the sources as deploy and migrate-core read them, so a
 * mistake fails at build time; {@link #open} trusts nothing of the file: it unpacks it with
 * {@link UnpackedBundle}'s checks and recomputes every checksum from the files before anything
 * uses them.
 *
 * <p>Checksums are sha256 hex. Core: {@link SourceBundle#coreChecksum}. Facade: the facade release's
 * checksum ({@link FacadeSourceReader}), the one the control schema records, so a deployed release
 * and its bundle agree. Overall: of {@code "facade-switch bundle 1\nrelease=<name>\ncore=<sum>\n
 * facade=<sum>\n"}, so the same sources under the same name are the same release whoever builds
 * them and when.
 */
public final class ReleaseBundle implements AutoCloseable {

    /** The manifest's format this version writes and reads. */
    public static final int FORMAT = 1;
    /** Bounds a bundle file, and what it unpacks to: sources, not data dumps. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    private static final BundleLimits LIMITS = new BundleLimits(20_000, MAX_FILE_BYTES);
    private static final String REBUILD = "rebuild it from the sources with 'bundle --release NAME', never edit"
            + " a bundle";

    private final UnpackedBundle unpacked;
    private final BundleManifest manifest;

    private ReleaseBundle(UnpackedBundle unpacked, BundleManifest manifest) {
        this.unpacked = unpacked;
        this.manifest = manifest;
    }

    /**
     * Writes the archive; returns its manifest. The facade is read and checked as deploy reads it
     * (bad SQL file names etc. fail here, before anything is written); the archive appears whole or
     * not at all, replacing {@code out} if it is there.
     */
    public static BundleManifest build(String release, Path coreFolder, Path facadeFolder, Path out, String createdBy) {
        FacadeRelease facade = FacadeSourceReader.read(facadeFolder, release);
        CoreMigrator.checkFolder(coreFolder);
        String core = SourceBundle.coreChecksum(coreFolder);
        BundleManifest manifest = new BundleManifest(FORMAT, release, overall(release, core, facade.checksum()), core,
                facade.checksum(), createdBy, Instant.now().truncatedTo(ChronoUnit.SECONDS), SourceCommit.find());
        byte[] zip = SourceBundle.pack(facadeFolder, coreFolder, json(manifest));
        Path target = out.toAbsolutePath();
        try {
            AtomicFiles.write(target, zip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle " + target + ": " + e.getMessage(), e);
        }
        return manifest;
    }

    /**
     * Unpacks into a temp folder (UnpackedBundle's checks and limits) and verifies: each part's
     * checksum recomputed from the files equals the manifest's, the overall checksum equals the one
     * computed from release and part checksums, no file is there that no checksum covers, the release
     * name is valid. Refusals leave nothing behind.
     */
    public static ReleaseBundle open(Path file) {
        return open(file, null);
    }

    /** {@link #open(Path)}, unpacking into a new folder in {@code parent} (the system's temporary folder when null). */
    static ReleaseBundle open(Path file, @Nullable Path parent) {
        byte[] zip = read(file);
        UnpackedBundle unpacked;
        try {
            unpacked = UnpackedBundle.unpack(zip, LIMITS, parent);
        } catch (BundleException e) {
            throw new BundleException(e.reason(), "bundle " + file + " refused: " + e.getMessage(), e);
        }
        try {
            return new ReleaseBundle(unpacked, verify(unpacked, file.toString()));
        } catch (RuntimeException | Error e) {
            unpacked.close();
            throw e;
        }
    }

    /**
     * Verifies sources already unpacked (a bundle uploaded to a running switch) as {@link #open}
     * does; {@code name} says in messages which bundle it is. Returns the manifest.
     */
    public static BundleManifest verify(UnpackedBundle unpacked, String name) {
        BundleManifest manifest = readManifest(name, unpacked);
        FacadeSourceReader.checkReleaseName(manifest.release());
        onlyCovered(name, unpacked);
        String core = SourceBundle.coreChecksum(unpacked.core());
        same(name, "core", manifest.coreChecksum(), core);
        String facade = facadeChecksum(name, unpacked.facade(), manifest.release());
        same(name, "facade", manifest.facadeChecksum(), facade);
        same(name, "overall", manifest.checksum(), overall(manifest.release(), core, facade));
        return manifest;
    }

    /** sha256 hex of the bundle's identity: format, release name and both part checksums. */
    public static String overall(String release, String coreChecksum, String facadeChecksum) {
        return sha256("facade-switch bundle " + FORMAT + "\nrelease=" + release + "\ncore=" + coreChecksum
                + "\nfacade=" + facadeChecksum + "\n");
    }

    public BundleManifest manifest() {
        return manifest;
    }

    /** The unpacked core changelog folder, as {@code --core-schema} takes it. */
    public Path core() {
        return unpacked.core();
    }

    /** The unpacked facade folder, as {@code --facade-schema} takes it. */
    public Path facade() {
        return unpacked.facade();
    }

    /** Deletes the temporary folder and all it holds. */
    @Override
    public void close() {
        unpacked.close();
    }

    private static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new BundleException(BundleErrorCode.INVALID, "no bundle file " + file.toAbsolutePath()
                        + "; build one with 'bundle --release NAME', or give the path of the one your pipeline built");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BundleException(BundleErrorCode.TOO_LARGE, "bundle " + file + " is " + size + " bytes, more"
                        + " than the " + MAX_FILE_BYTES + " a bundle of sources may be; " + REBUILD);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle " + file + ": " + e.getMessage(), e);
        }
    }

    private static BundleManifest readManifest(String file, UnpackedBundle unpacked) {
        Path path = unpacked.manifest();
        if (path == null) {
            throw new BundleException(BundleErrorCode.MANIFEST_INVALID, "bundle " + file + " holds no "
                    + SourceBundle.MANIFEST + ", so nothing says what its checksums should be; " + REBUILD);
        }
        BundleManifest manifest;
        try {
            manifest = ObjectMapper.getDefault().readValue(Files.readAllBytes(path), BundleManifest.class);
        } catch (IOException | RuntimeException e) {
            throw new BundleException(BundleErrorCode.MANIFEST_INVALID, "the " + SourceBundle.MANIFEST + " of bundle "
                    + file + " cannot be read (" + OperatorText.shown(e.getMessage()) + "); " + REBUILD, e);
        }
        if (manifest == null || manifest.format() != FORMAT || manifest.release() == null || manifest.checksum() == null
                || manifest.coreChecksum() == null || manifest.facadeChecksum() == null) {
            throw new BundleException(BundleErrorCode.MANIFEST_INVALID, "the " + SourceBundle.MANIFEST + " of bundle "
                    + file + " is not a format " + FORMAT + " manifest with a release and three checksums; " + REBUILD
                    + " by this version of facade-switch");
        }
        return manifest;
    }

    /** The facade read as deploy reads it; it read so at build time, so a failure now means it was changed. */
    private static String facadeChecksum(String file, Path facade, String release) {
        try {
            return FacadeSourceReader.read(facade, release).checksum();
        } catch (DeployException e) {
            throw new BundleException(BundleErrorCode.CHECKSUM_MISMATCH, "bundle " + file + " was changed after it"
                    + " was built (or by a facade-switch with other rules): its facade no longer reads as a release ("
                    + e.getMessage() + "); nothing of it was used: " + REBUILD, e);
        }
    }

    private static void same(String file, String part, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new BundleException(BundleErrorCode.CHECKSUM_MISMATCH, "bundle " + file + " was changed after it"
                    + " was built: its " + part + " checksum is " + actual + " but the manifest says "
                    + OperatorText.shown(expected) + "; nothing of it was used: " + REBUILD);
        }
    }

    /** Every file must be one a checksum covers: an extra one could be read by a changelog or a deploy. */
    private static void onlyCovered(String file, UnpackedBundle unpacked) {
        try (Stream<Path> paths = Files.walk(unpacked.root())) {
            Set<Path> covered = Set.copyOf(SourceBundle.entries(unpacked.facade(), unpacked.core()).values());
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                if (!covered.contains(path) && !path.equals(unpacked.manifest())) {
                    throw new BundleException(BundleErrorCode.CHECKSUM_MISMATCH, "bundle " + file + " holds "
                            + unpacked.root().relativize(path) + ", which no checksum of its manifest covers; nothing of"
                            + " it was used: " + REBUILD);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the unpacked bundle " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] json(BundleManifest manifest) {
        try {
            return ObjectMapper.getDefault().writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle's manifest", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
