package io.facadeswitch.cli;

import io.facadeswitch.api.PlanDocument;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.backup.BackupSummary;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.core.PendingChangeset;
import io.facadeswitch.environment.ReleaseBundle;
import io.facadeswitch.facade.ColourDiff;
import io.facadeswitch.facade.FacadePlan;
import io.facadeswitch.facade.FacadePlanner;
import io.facadeswitch.facade.FacadeSourceReader;
import io.facadeswitch.sources.SourceBundle;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Shows what migrate-core and deploy would change, without changing anything.",
                "The facade is built and tested in a scratch schema inside a transaction that is rolled back."})
final class PlanCommand extends SwitchCommand {

    @Option(names = "--core-schema", defaultValue = "core-schema", paramLabel = "DIR",
            description = "Folder holding the core Liquibase changelog.xml (default: ${DEFAULT-VALUE}).")
    Path coreFolder;

    @Option(names = "--facade-schema", defaultValue = "facade-schema", paramLabel = "DIR",
            description = "Folder holding the facade's .sql files and tests/ (default: ${DEFAULT-VALUE}).")
    Path facadeFolder;

    @Option(names = "--json", description = "Print the plan as one JSON document.")
    boolean json;

    @Mixin
    BundleOption bundle;

    @Mixin
    ReferenceOverlayOption overlay;

    @Override
    void configure(Map<String, Object> properties, boolean embedded) {
        overlay.configure(spec, properties);
    }

    /** With --bundle, the folders are the bundle's, verified and unpacked before any database is touched. */
    @Override
    @Nullable AutoCloseable openSources() {
        ReleaseBundle opened = bundle.open(spec, List.of("--core-schema", "--facade-schema"));
        if (opened != null) {
            coreFolder = opened.core();
            facadeFolder = opened.facade();
        }
        return opened;
    }

    @Override
    boolean showsProgress() {
        return !json;
    }

    /** Exit 1 when migrate-core would be refused, so that a pipeline's gate on plan catches it. */
    @Override
    int run(SwitchContext context) throws Exception {
        PlanDocument plan = PlanDocument.of(context.bean(CoreMigrator.class), context.bean(FacadePlanner.class),
                coreFolder, facadeFolder);
        if (json) {
            printJson(context, plan);
        } else {
            print(plan);
        }
        return plan.exitStatus();
    }

    @Override
    int runRemote(ApiClient client) {
        SourceUpload.refuseDatabaseOptions(spec);
        overlay.refuseRemote(spec);
        CoreMigrator.checkFolder(coreFolder);
        FacadeSourceReader.read(facadeFolder, "planned");
        String body = client.upload("/api/plan", SourceBundle.pack(facadeFolder, coreFolder));
        PlanDocument plan = client.read(body, PlanDocument.class);
        if (json) {
            printJson(body);
        } else {
            print(plan);
        }
        return plan.exitStatus();
    }

    private void print(PlanDocument plan) {
        List<PendingChangeset> pending = plan.pendingCore();
        String refused = plan.coreRefused();
        FacadePlan facade = plan.facade();
        out().println(pending.isEmpty() ? "core schema: up to date"
                : "core schema: " + pending.size() + " pending changeset(s), rehearsed in a transaction rolled back: "
                        + (refused == null ? "migrate-core would apply them" : "migrate-core would be REFUSED"));
        pending.forEach(c -> out().println("  " + c + "  " + c.description()));
        if (refused != null) {
            out().println("  " + refused.replace("\n", "\n  "));
        }
        if (plan.coreBackup() != null && !plan.coreBackup().status().equals(BackupSummary.OFF)) {
            out().println("  " + plan.coreBackup().describe());
        }
        ReferencePlanText.print(out(), plan.referenceData());
        out().printf("facade (checksum %s): %d objects, %d test file(s) passed in a scratch schema%n",
                facade.checksum().substring(0, 12), facade.objects(), facade.testFiles());
        if (facade.unchangedIn() != null) {
            out().println("  already deployed to " + facade.unchangedIn() + ": a deploy would do nothing");
        } else {
            out().println("  a deploy would build " + facade.targetColour());
        }
        for (ColourDiff diff : facade.colours()) {
            printDiff(diff);
        }
    }

    private void printDiff(ColourDiff diff) {
        String holds = diff.release() == null ? "empty" : "release " + diff.release();
        if (diff.isEmpty()) {
            out().printf("  against %s (%s): no differences%n", diff.colour(), holds);
            return;
        }
        out().printf("  against %s (%s): %d added, %d removed, %d changed%n", diff.colour(), holds,
                diff.added().size(), diff.removed().size(), diff.changed().size());
        diff.added().forEach(o -> out().println("    + " + o));
        diff.removed().forEach(o -> out().println("    - " + o));
        diff.changed().forEach(o -> out().println("    ~ " + o));
        diff.columnsChanged().forEach(o -> out().println("    ! columns change, clients must re-prepare: " + o));
    }
}
