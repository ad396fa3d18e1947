package io.facadeswitch.cli;

import io.facadeswitch.core.ChangelogIds;
import io.facadeswitch.environment.EnvironmentRow;
import io.facadeswitch.environment.EnvironmentsOverview;
import io.micronaut.serde.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Every environment of facade-switch.yaml, one row each, read from each one's own control schema. */
@Command(name = "envs", mixinStandardHelpOptions = true,
        description = {"Every environment of facade-switch.yaml in promotion order: reachable, core changesets applied"
                + " and pending, active and standby releases, canary or rollout, pending approvals, last change.",
                "Each is read with its own connection; an unreachable one is shown as such."})
final class EnvsCommand implements Callable<Integer> {

    @Mixin
    EnvironmentFileOptions file;

    @Option(names = "--core-schema", defaultValue = "core-schema", paramLabel = "DIR",
            description = "Core changelog folder to count pending changesets against (default: ${DEFAULT-VALUE},"
                    + " when it exists).")
    Path coreFolder;

    @Option(names = "--core-schema-name", defaultValue = "${env:FACADE_CORE_SCHEMA:-core}", paramLabel = "SCHEMA",
            description = "The schema holding the core tables and their history (default: ${DEFAULT-VALUE}).")
    String coreSchema;

    @Option(names = "--json", description = "Print {\"environments\": [...]} in promotion order.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var environments = file.environments(spec);
        Set<String> local = Files.isRegularFile(coreFolder.resolve("changelog.xml")) ? ChangelogIds.read(coreFolder)
                : null;
        List<EnvironmentRow> rows = new EnvironmentsOverview(environments, System::getenv).rows(coreSchema, local);
        if (file.environmentName(spec).isPresent()) {
            String only = file.environmentName(spec).get();
            rows = rows.stream().filter(r -> r.name().equals(only)).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ObjectMapper.getDefault().writeValueAsString(Map.of("environments", rows)));
            return 0;
        }
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"ENV", "DATABASE", "CORE", "ACTIVE", "STANDBY", "CANARY/ROLLOUT", "APPROVALS",
                "DRIFT", "LAST CHANGE"});
        for (EnvironmentRow row : rows) {
            if (!row.reachable()) {
                table.add(new String[] {row.name(), "unreachable: " + row.error(), "", "", "", "", "", "", ""});
                continue;
            }
            table.add(new String[] {row.name(), row.controlSchema() ? "ok" : "ok, nothing released",
                    row.coreApplied() + " applied" + (row.corePending() == null ? "" : ", " + row.corePending()
                            + " pending"),
                    release(row.active()), release(row.standby()),
                    row.rollout() != null ? "rollout " + row.rollout() : row.canary() != null ? "canary " + row.canary()
                            : "-",
                    row.pendingApprovals() == 0 ? "-" : row.pendingApprovals() + " pending",
                    row.drift() == null ? "not checked" : row.drift().drifted() ? row.drift().objects() + " object(s)"
                            + (row.drift().capturedSince() > 0 ? " (+ DDL since)" : "")
                            : row.drift().capturedSince() > 0 ? "none then, DDL since" : "none",
                    row.lastChange() == null ? "-" : row.lastChange().toString()});
        }
        print(out, table);
        return 0;
    }

    private static String release(EnvironmentRow.Release release) {
        return release == null ? "-" : release.release() + " " + release.checksum().substring(0, 12) + " ("
                + release.colour() + ", " + release.state() + ")";
    }

    private static void print(PrintWriter out, List<String[]> table) {
        int[] widths = new int[table.get(0).length];
        for (String[] row : table) {
            for (int i = 0; i < row.length - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }
}
