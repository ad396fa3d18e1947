package io.facadeswitch.cli;

import io.facadeswitch.app.ControlSchemaUse;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.backup.BackupLabel;
import io.facadeswitch.backup.BackupSummary;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.core.MigrationOutcome;
import io.facadeswitch.core.PendingChangeset;
import io.facadeswitch.environment.ReleaseBundle;
import io.facadeswitch.environment.Step;
import io.facadeswitch.environment.StepSubject;
import io.facadeswitch.sources.SourceBundle;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "migrate-core", mixinStandardHelpOptions = true,
        description = {"Applies pending core-schema changesets in one transaction.",
                "Refused, with nothing applied, when a changeset would drop or break an object of a colour that"
                        + " holds a release; DDL waits for locks only briefly and retries with backoff.",
                "First it backs up the tables the changesets alter or drop (see 'backups'); no backup, no migration,"
                        + " unless the environment says backup: optional."})
final class MigrateCoreCommand extends SwitchCommand {

    @Option(names = "--core-schema", defaultValue = "core-schema", paramLabel = "DIR",
            description = "Folder holding the core Liquibase changelog.xml (default: ${DEFAULT-VALUE}).")
    Path coreFolder;

    @Option(names = "--json", description = "Print the outcome as one JSON document.")
    boolean json;

    @Mixin
    BundleOption bundle;

    @Mixin
    ReferenceOverlayOption overlay;

    @Mixin
    EmergencyOption emergency;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log (an --emergency needs one).")
    String reason;

    @Override
    void configure(Map<String, Object> properties, boolean embedded) {
        overlay.configure(spec, properties);
    }

    /** With --bundle, the folders are the bundle's, verified and unpacked before any database is touched. */
    @Override
    @Nullable AutoCloseable openSources() {
        ReleaseBundle opened = bundle.open(spec, List.of("--core-schema"));
        if (opened != null) {
            coreFolder = opened.core();
        }
        return opened;
    }

    @Override
    ControlSchemaUse controlSchemaUse(boolean embedded) {
        return ControlSchemaUse.INSTALL;
    }

    @Override
    boolean showsProgress() {
        return !json;
    }

    @Override
    int run(SwitchContext context) throws Exception {
        StepSubject subject = bundle.manifest() != null ? StepSubject.of(Step.MIGRATE_CORE, bundle.manifest())
                : new StepSubject(Step.MIGRATE_CORE, "core-schema", null, null, null);
        MigrationOutcome outcome = gates(context).run(subject, common.actor(), emergency.with(reason),
                () -> context.bean(CoreMigrator.class).migrate(coreFolder, common.actor(), label()));
        if (json) {
            printJson(context, outcome);
        } else {
            print(outcome);
        }
        return 0;
    }

    private BackupLabel label() {
        return bundle.manifest() == null ? BackupLabel.NONE
                : new BackupLabel(bundle.manifest().release(), bundle.manifest().checksum());
    }

    @Override
    int runRemote(ApiClient client) {
        SourceUpload.refuseDatabaseOptions(spec);
        overlay.refuseRemote(spec);
        CoreMigrator.checkFolder(coreFolder);
        String body = client.upload("/api/migrate-core?" + emergency.query(reason).replaceFirst("^&", ""),
                bundle.manifest() != null ? bundle.bytes() : SourceBundle.pack(null, coreFolder));
        if (json) {
            printJson(body);
        } else {
            print(client.read(body, MigrationOutcome.class));
        }
        return 0;
    }

    private void print(MigrationOutcome outcome) {
        if (outcome.applied().isEmpty()) {
            out().println("core schema is up to date: nothing to apply");
        } else {
            out().printf("applied %d changeset(s) in %d ms:%n", outcome.applied().size(), outcome.durationMs());
            for (PendingChangeset changeset : outcome.applied()) {
                out().println("  " + changeset);
            }
        }
        BackupSummary backup = outcome.backup();
        if (backup != null && !BackupSummary.OFF.equals(backup.status())) {
            out().println(backup.describe());
            backup.warnings().forEach(warning -> err().println("warning: " + warning));
        }
        if (!outcome.referenceData().isEmpty()) {
            out().println("reference data:");
            outcome.referenceData().forEach(table -> out().println("  " + table));
        }
        if (outcome.changedAnything()) {
            out().println(outcome.checkedColours().isEmpty() ? "no live colour to check"
                    : "live colours still pass their checks: " + String.join(", ", outcome.checkedColours()));
        }
        if (!outcome.coreDrift().isEmpty()) {
            err().println("warning: the core differs from the record of the last migration, untouched by this one: "
                    + String.join("; ", outcome.coreDrift()) + "; run 'drift', then 'drift adopt' or 'drift discard"
                    + " --reason ...'");
        }
    }
}
