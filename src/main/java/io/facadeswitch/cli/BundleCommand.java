package io.facadeswitch.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.facadeswitch.environment.BundleManifest;
import io.facadeswitch.environment.ReleaseBundle;
import io.facadeswitch.sources.BundleErrorCode;
import io.facadeswitch.sources.BundleException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Builds a release bundle from the source folders. It reads files and writes one, nothing more: no
 * database, no services started, so a pipeline's build step needs no credentials.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Builds the release once: the core changelog folder (reference data included), the facade"
                + " sources and a manifest of checksums, in one zip.",
                "Give it to migrate-core, deploy and plan with --bundle FILE in every environment; they verify every"
                        + " checksum first. Needs no database."})
final class BundleCommand implements Callable<Integer> {

    @Option(names = "--release", required = true, paramLabel = "NAME",
            description = "Name of this release, e.g. 1.4.0; one name stands for one checksum everywhere.")
    String release;

    @Option(names = "--out", paramLabel = "FILE", description = "The archive to write (default: release-NAME.zip).")
    Path out;

    @Option(names = "--core-schema", defaultValue = "core-schema", paramLabel = "DIR",
            description = "Folder holding the core Liquibase changelog.xml (default: ${DEFAULT-VALUE}).")
    Path coreFolder;

    @Option(names = "--facade-schema", defaultValue = "facade-schema", paramLabel = "DIR",
            description = "Folder holding the facade's .sql files and tests/ (default: ${DEFAULT-VALUE}).")
    Path facadeFolder;

    @Option(names = "--force", description = "Replace the archive if it is there already.")
    boolean force;

    @Option(names = "--json", description = "Print the manifest and the file as one JSON document.")
    boolean json;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path file = out != null ? out : Path.of("release-" + release + ".zip");
        if (Files.exists(file) && !force) {
            throw new BundleException(BundleErrorCode.FILE_EXISTS, file + " is there already; give another --out,"
                    + " or --force to replace it");
        }
        BundleManifest manifest = ReleaseBundle.build(release, coreFolder, facadeFolder, file, common.actor());
        if (json) {
            spec.commandLine().getOut().println(ObjectMapper.getDefault().writeValueAsString(Document.of(file, manifest)));
        } else {
            spec.commandLine().getOut().printf("bundle %s: release %s, checksum %s, core %s, facade %s%n", file,
                    manifest.release(), manifest.shortChecksum(), manifest.coreChecksum().substring(0, 12),
                    manifest.facadeChecksum().substring(0, 12));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The manifest with the file it was written to, as {@code --json} prints it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Document(String file, int format, String release, String checksum, String coreChecksum,
                    String facadeChecksum, String createdBy, Instant createdAt, @Nullable String commit) {

        static Document of(Path file, BundleManifest m) {
            return new Document(file.toString(), m.format(), m.release(), m.checksum(), m.coreChecksum(),
                    m.facadeChecksum(), m.createdBy(), m.createdAt(), m.commit());
        }
    }
}
