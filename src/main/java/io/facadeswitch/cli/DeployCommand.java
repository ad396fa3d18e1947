package io.facadeswitch.cli;

import io.facadeswitch.app.ControlSchemaUse;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.environment.ReleaseBundle;
import io.facadeswitch.environment.Step;
import io.facadeswitch.environment.StepGates;
import io.facadeswitch.environment.StepSubject;
import io.facadeswitch.facade.DeployOutcome;
import io.facadeswitch.facade.DeployService;
import io.facadeswitch.facade.FacadeSourceReader;
import io.facadeswitch.sources.SourceBundle;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Builds the facade folder into the standby colour and verifies it, in one transaction.",
                "The first release goes to blue and becomes active. Deploying sources that are already live"
                        + " does nothing."})
final class DeployCommand extends SwitchCommand {

    @Option(names = "--release", paramLabel = "NAME",
            description = "Name of this release, e.g. 1.4.0; one name stands for one set of sources. Required"
                    + " unless --bundle gives it.")
    String release;

    @Option(names = "--facade-schema", defaultValue = "facade-schema", paramLabel = "DIR",
            description = "Folder holding the facade's .sql files and tests/ (default: ${DEFAULT-VALUE}).")
    Path facadeFolder;

    @Option(names = "--json", description = "Print the outcome as one JSON document.")
    boolean json;

    @Mixin
    BundleOption bundle;

    @Mixin
    EmergencyOption emergency;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log (an --emergency needs one).")
    String reason;

    /** With --bundle, the facade and the release name are the bundle's; a --release given must agree. */
    @Override
    @Nullable AutoCloseable openSources() {
        ReleaseBundle opened = bundle.open(spec, List.of("--facade-schema"));
        release = bundle.release(spec, opened, release);
        if (opened != null) {
            facadeFolder = opened.facade();
        }
        return opened;
    }

    @Override
    ControlSchemaUse controlSchemaUse(boolean embedded) {
        return ControlSchemaUse.INSTALL;
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
        StepGates gates = gates(context);
        DeployOutcome outcome = gates.run(subject(gates), common.actor(), emergency.with(reason),
                () -> context.bean(DeployService.class).deploy(facadeFolder, release, common.actor()));
        if (json) {
            printJson(context, outcome);
        } else {
            print(outcome);
        }
        return 0;
    }

    /** Sends the facade to the switch, after the checks that need no database, so a typo fails here. */
    @Override
    int runRemote(ApiClient client) {
        SourceUpload.refuseDatabaseOptions(spec);
        FacadeSourceReader.read(facadeFolder, release);
        String body = client.upload("/api/deploy?release=" + ApiClient.segment(release) + emergency.query(reason),
                bundle.manifest() != null ? bundle.bytes() : SourceBundle.pack(facadeFolder, null));
        if (json) {
            printJson(body);
        } else {
            print(client.read(body, Map.class).containsKey("liveAs") ? client.read(body, DeployOutcome.Unchanged.class)
                    : client.read(body, DeployOutcome.Deployed.class));
        }
        return 0;
    }

    /** What the environment's gate judges: the bundle's release, or the folder's (checksummed only when a gate looks). */
    private StepSubject subject(StepGates gates) {
        if (bundle.manifest() != null) {
            return StepSubject.of(Step.DEPLOY, bundle.manifest());
        }
        String checksum = gates.active() ? FacadeSourceReader.read(facadeFolder, release).checksum() : null;
        return new StepSubject(Step.DEPLOY, release, null, checksum, null);
    }

    private void print(DeployOutcome outcome) {
        if (outcome instanceof DeployOutcome.Deployed d) {
            d.warnings().forEach(w -> err().println("warning: " + w));
            out().printf("deployed release %s (checksum %s) to %s in %d ms: %d objects, %d test file(s) passed%n",
                    d.release(), d.checksum().substring(0, 12), d.colour(), d.durationMs(), d.objects(),
                    d.testFiles());
            out().println(d.active()
                    ? d.colour() + " is active (generation " + d.generation() + ")"
                    : d.colour() + " is ready; make it active with: promote");
        } else if (outcome instanceof DeployOutcome.Unchanged u) {
            out().printf("nothing to do: these sources (checksum %s) are already deployed to %s as release %s%n",
                    u.checksum().substring(0, 12), u.colour(), u.liveAs());
        }
    }
}
