package io.facadeswitch.cli;

import io.facadeswitch.AtomicFiles;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.reference.ReferencePull;
import io.facadeswitch.reference.ReferenceSynchronizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** reference-data pull: the reference data's way back from an environment into source. */
@Command(name = "reference-data", mixinStandardHelpOptions = true,
        description = {"Reference data (core-schema/reference-data/): lookup tables synchronized by migrate-core."},
        subcommands = {ReferenceDataCommand.Pull.class})
final class ReferenceDataCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name what to do: pull");
    }

    /** Writes a table's live rows into its CSV, in key order. */
    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = {"Writes the live rows of a reference table into its CSV, in key order, keeping the CSV's"
                    + " header and NULL marker: a correction made in this environment becomes the official source.",
                    "Rows of this environment's overlay are left out. Changes nothing in the database."})
    static final class Pull extends SwitchCommand {

        @Option(names = "--table", required = true, paramLabel = "TABLE", description = "The table of the core schema.")
        String table;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the CSV; '-' for standard output"
                + " (default: the table's CSV in the core schema's reference-data folder).")
        String outFile;

        @Option(names = "--core-schema", defaultValue = "core-schema", paramLabel = "DIR",
                description = "Folder holding the core changelog and reference-data/ (default: ${DEFAULT-VALUE}).")
        Path coreFolder;

        @Mixin
        ReferenceOverlayOption overlay;

        @Override
        void configure(Map<String, Object> properties, boolean embedded) {
            overlay.configure(spec, properties);
        }

        @Override
        int run(SwitchContext context) throws IOException {
            ReferencePull.Pulled pulled = context.bean(ReferencePull.class).pull(coreFolder, table);
            if ("-".equals(outFile)) {
                out().print(pulled.csv());
                out().flush();
                return 0;
            }
            Path target = outFile != null ? Path.of(outFile)
                    : coreFolder.resolve(ReferenceSynchronizer.FOLDER).resolve(table + ".csv");
            Files.createDirectories(target.toAbsolutePath().getParent());
            AtomicFiles.write(target, pulled.csv().getBytes(StandardCharsets.UTF_8));
            err().printf("wrote %d row(s) of %s to %s%s%n", pulled.rows(), table, target,
                    pulled.overlayRowsLeftOut() == 0 ? ""
                            : " (" + pulled.overlayRowsLeftOut() + " row(s) of the overlay left out)");
            return 0;
        }
    }
}
