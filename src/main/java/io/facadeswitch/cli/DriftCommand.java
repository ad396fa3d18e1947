package io.facadeswitch.cli;

import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.drift.DriftItem;
import io.facadeswitch.drift.DriftLayer;
import io.facadeswitch.drift.DriftReport;
import io.facadeswitch.drift.DriftService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** drift: what differs from the record, who did it, and its way back into source. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Compares the database with the tool's record, by layer: the core schema with the snapshot the"
                + " last migrate-core kept, each colour with the release deployed into it (definitions, owners,"
                + " privileges), reference tables with their declared rows. Each difference comes with the captured"
                + " statement and its author where the capture (event triggers) saw it, and what to do.",
                "Exit status 0 when nothing is undecided, 1 when something drifted: a pipeline can gate on it."},
        subcommands = {DriftCommand.Capture.class, DriftCommand.Adopt.class, DriftCommand.Discard.class})
final class DriftCommand extends SwitchCommand {

    @Option(names = "--json", description = "Print the report as one JSON document, as GET /api/drift answers.")
    boolean json;

    @Override
    int run(SwitchContext context) throws Exception {
        DriftReport report = context.bean(DriftService.class).report();
        if (json) {
            printJson(context, report);
        } else {
            DriftText.print(out(), report);
        }
        return report.drifted() ? 1 : 0;
    }

    @Override
    int runRemote(ApiClient client) {
        String body = client.get("/api/drift");
        DriftReport report = client.read(body, DriftReport.class);
        if (json) {
            printJson(body);
        } else {
            DriftText.print(out(), report);
        }
        return report.drifted() ? 1 : 0;
    }

    /** Writes what drifted back into source, for a developer to review; records nothing. */
    @Command(name = "capture", mixinStandardHelpOptions = true,
            description = {"Writes every undecided difference back into source: a facade object's definition"
                    + " replaces its definition in the facade file that created it (or goes into a new file when it is"
                    + " new), core DDL becomes a new formatted-SQL changeset included in the core changelog, changed"
                    + " reference rows go into their CSV. Records nothing in the database: 'drift adopt' does both."})
    static class Capture extends SwitchCommand {

        @Option(names = "--out", paramLabel = "DIR", description = "Write into DIR/<core folder>/ and DIR/<facade"
                + " folder>/ instead of the source folders themselves.")
        Path out;

        @Option(names = "--core-schema", defaultValue = "core-schema", paramLabel = "DIR",
                description = "Folder holding the core changelog (default: ${DEFAULT-VALUE}).")
        Path coreFolder;

        @Option(names = "--facade-schema", defaultValue = "facade-schema", paramLabel = "DIR",
                description = "Folder holding the facade's SQL files (default: ${DEFAULT-VALUE}).")
        Path facadeFolder;

        @Option(names = "--json", description = "Print what was written as one JSON document.")
        boolean json;

        boolean adopt() {
            return false;
        }

        @Override
        boolean takesServer() {
            return false;
        }

        @Override
        int run(SwitchContext context) throws Exception {
            DriftService.WrittenBack written = context.bean(DriftService.class).writeBack(coreFolder, facadeFolder, out,
                    adopt(), common.actor());
            if (json) {
                printJson(context, written);
                return written.leftOut().isEmpty() ? 0 : 1;
            }
            if (written.files().isEmpty()) {
                out().println("nothing to write back: no undecided drift that lives in source");
            }
            written.files().forEach(file -> out().println("wrote " + file));
            written.notes().forEach(note -> out().println("  " + note));
            if (written.changeset() != null) {
                out().println(adopt() ? "changeset " + written.changeset() + " is recorded as applied here: migrate-core"
                        + " will not run it again in this environment, and every other one gets it"
                        : "changeset " + written.changeset() + " is not recorded as applied yet: 'drift adopt' does that"
                        + " (a migrate-core here before then would run it again and fail)");
            }
            if (adopt() && !written.writtenBack().isEmpty()) {
                out().println("adopted " + written.writtenBack().size() + " difference(s); review and commit the files");
            }
            if (!written.leftOut().isEmpty()) {
                out().println(written.leftOut().size() + " difference(s) not written back (see above): decide them by"
                        + " hand or with 'drift discard --reason ...'");
            }
            out().flush();
            return written.leftOut().isEmpty() ? 0 : 1;
        }
    }

    /** Writes drift back into source and records it as adopted. */
    @Command(name = "adopt", mixinStandardHelpOptions = true,
            description = {"Does what 'drift capture' does, then records it: the new core changeset as applied in this"
                    + " database, the core's record moved forward, colour and reference differences as adopted (the"
                    + " switch lets flips and deploys through again). Audited. Review and commit the files it wrote."})
    static final class Adopt extends Capture {

        @Override
        boolean adopt() {
            return true;
        }
    }

    /** Decides drift away: the next deploy or migration puts the record back. */
    @Command(name = "discard", mixinStandardHelpOptions = true,
            description = {"Marks every undecided difference (of one layer with --layer) as discarded, with a reason,"
                    + " in the audit log: the next deploy rebuilds a colour without it, the next migrate-core puts the"
                    + " declared reference rows back, and core drift is accepted here as it is. A later change to the"
                    + " same object is drift again."})
    static final class Discard extends SwitchCommand {

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the audit log.")
        String reason;

        @Option(names = "--layer", paramLabel = "LAYER", description = "Only this layer: core, colour or reference.")
        String layer;

        @Option(names = "--object", paramLabel = "'SCOPE KIND IDENTITY'", description = "Only this difference, as"
                + " 'drift' names it, e.g. 'blue view orders' or 'core index customer_created'; repeatable. One that is"
                + " not undecided drift any more refuses the whole discard.")
        List<String> objects = new ArrayList<>();

        @Option(names = "--json", description = "Print what was discarded as one JSON document.")
        boolean json;

        @Override
        int run(SwitchContext context) throws Exception {
            DriftService.Discarded discarded = context.bean(DriftService.class).discard(reason, layer(), objects,
                    common.actor());
            if (json) {
                printJson(context, discarded);
            } else {
                print(discarded.discarded());
            }
            return 0;
        }

        @Override
        int runRemote(ApiClient client) {
            Map<String, Object> body = new HashMap<>();
            body.put("reason", reason);
            if (layer != null) {
                body.put("layer", layer());
            }
            if (!objects.isEmpty()) {
                body.put("objects", objects);
            }
            String answer = client.post("/api/drift/discard", body);
            if (json) {
                printJson(answer);
            } else {
                print(client.read(answer, DriftService.Discarded.class).discarded());
            }
            return 0;
        }

        private void print(List<DriftItem> items) {
            out().println(items.isEmpty() ? "nothing to discard: no undecided drift"
                    : "discarded " + items.size() + " difference(s):");
            items.forEach(item -> out().println("  " + item.layer() + " " + item.scope() + ": " + item.objectKind() + " "
                    + item.identity() + " " + item.change()));
            out().flush();
        }

        private DriftLayer layer() {
            if (layer == null) {
                return null;
            }
            try {
                return DriftLayer.valueOf(layer.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--layer must be core, colour or reference, not '"
                        + layer + "'");
            }
        }
    }
}
