package io.facadeswitch.cli;

import io.facadeswitch.app.ControlSchemaUse;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.environment.ReleaseBundle;
import io.facadeswitch.rehearsal.RehearsalReport;
import io.facadeswitch.rehearsal.RehearsalRequest;
import io.facadeswitch.rehearsal.Rehearsals;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rehearse", mixinStandardHelpOptions = true,
        description = {"Applies the pending release to a throwaway copy of this database's schema and reports, changing"
                + " nothing here but the report.",
                "The copy (core, both colours, the control schema's record, the roles, the reference tables' rows) is made"
                        + " on facade.rehearsal.db-url or an embedded PostgreSQL of the same major version; migrate-core"
                        + " and deploy run there with every check and the release's tests, each step timed and each"
                        + " changeset's locks noted; the copy is dropped however it ends.",
                "Exit status 0 when the rehearsal passed, 1 when it did not."})
final class RehearseCommand extends SwitchCommand {

    @Option(names = "--release", paramLabel = "NAME",
            description = "Name of the release rehearsed. Required unless --bundle gives it.")
    String release;

    @Option(names = "--core-schema", defaultValue = "core-schema", paramLabel = "DIR",
            description = "Folder holding the core Liquibase changelog.xml (default: ${DEFAULT-VALUE}).")
    Path coreFolder;

    @Option(names = "--facade-schema", defaultValue = "facade-schema", paramLabel = "DIR",
            description = "Folder holding the facade's .sql files and tests/ (default: ${DEFAULT-VALUE}); without it, only"
                    + " the core is rehearsed.")
    Path facadeFolder;

    @Option(names = "--with-data", description = "Copy every table's rows too, up to facade.rehearsal.with-data-max-mb per"
            + " table (default: only the reference tables' and the records').")
    boolean withData;

    @Option(names = "--allow-version-mismatch", description = "Rehearse on a server of another major version than this"
            + " database's (the report says so).")
    boolean allowVersionMismatch;

    @Option(names = "--json", description = "Print the report as one JSON document.")
    boolean json;

    @Mixin
    BundleOption bundle;

    @Mixin
    ReferenceOverlayOption overlay;

    @Override
    void configure(Map<String, Object> properties, boolean embedded) {
        overlay.configure(spec, properties);
    }

    /** With --bundle, the folders and the release are the bundle's, verified before anything is reached. */
    @Override
    @Nullable AutoCloseable openSources() {
        ReleaseBundle opened = bundle.open(spec, List.of("--core-schema", "--facade-schema"));
        release = bundle.release(spec, opened, release);
        if (opened != null) {
            coreFolder = opened.core();
            facadeFolder = opened.facade();
        }
        return opened;
    }

    /** The report is stored in the control schema; a database that has none yet (a first release) gets it. */
    @Override
    ControlSchemaUse controlSchemaUse(boolean embedded) {
        return ControlSchemaUse.INSTALL;
    }

    @Override
    boolean takesServer() {
        return false;
    }

    @Override
    boolean takesAppRole() {
        return true;
    }

    @Override
    boolean showsProgress() {
        return !json;
    }

    @Override
    int run(SwitchContext context) throws Exception {
        RehearsalReport report = context.bean(Rehearsals.class).rehearse(new RehearsalRequest(coreFolder, facadeFolder,
                release, bundle.manifest() == null ? null : bundle.manifest().checksum(), withData, allowVersionMismatch,
                common.actor()));
        if (json) {
            printJson(context, report);
        } else {
            RehearsalText.print(report, out(), err());
        }
        return report.passed() ? 0 : 1;
    }
}
