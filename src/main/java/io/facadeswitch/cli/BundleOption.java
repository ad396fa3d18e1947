package io.facadeswitch.cli;

import io.facadeswitch.environment.BundleManifest;
import io.facadeswitch.environment.ReleaseBundle;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code --bundle FILE} of {@code migrate-core}, {@code deploy} and {@code plan}: the sources come
 * from a release bundle, verified before any database is touched, instead of from the folders. A
 * folder option given with it is a mistake, since one of the two would be silently ignored.
 */
final class BundleOption {

    @Option(names = "--bundle", paramLabel = "FILE",
            description = "Release bundle built by 'bundle' to take the sources from, every checksum verified first;"
                    + " instead of the source folders.")
    Path file;

    private BundleManifest manifest;

    /** Opens and verifies the bundle, or {@code null} without {@code --bundle}; refuses it with a folder option. */
    @Nullable ReleaseBundle open(CommandSpec spec, List<String> folderOptions) {
        if (file == null) {
            return null;
        }
        ParseResult parsed = spec.commandLine().getParseResult();
        List<String> given = folderOptions.stream().filter(parsed::hasMatchedOption).toList();
        if (!given.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--bundle cannot go with " + String.join(", ", given)
                    + ": the bundle holds the sources; drop " + String.join(", ", given) + ", or drop --bundle to"
                    + " read the folders");
        }
        ReleaseBundle opened = ReleaseBundle.open(file);
        manifest = opened.manifest();
        return opened;
    }

    /**
     * The release a command works on: the bundle's, which a {@code --release} given must name too, or without a
     * bundle the {@code --release} given, which is then required. Closes the bundle before it refuses.
     */
    String release(CommandSpec spec, @Nullable ReleaseBundle opened, @Nullable String given) {
        if (opened == null) {
            if (given == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '--release=NAME'; name the"
                        + " release with --release NAME, or give a bundle with --bundle FILE");
            }
            return given;
        }
        String named = opened.manifest().release();
        if (given != null && !given.equals(named)) {
            opened.close();
            throw new ParameterException(spec.commandLine(), "--release " + given + " is not the bundle's release "
                    + named + "; drop --release (the bundle names it), or give the bundle of " + given);
        }
        return named;
    }

    /** The bundle file as it is, for a running switch to verify again and judge by its checksum. */
    byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle " + file + ": " + e.getMessage(), e);
        }
    }

    /** The opened bundle's manifest, or {@code null} without {@code --bundle}. */
    @Nullable BundleManifest manifest() {
        return manifest;
    }
}
