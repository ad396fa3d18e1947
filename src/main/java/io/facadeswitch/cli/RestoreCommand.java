package io.facadeswitch.cli;

import io.facadeswitch.backup.BackupRestore;
import io.facadeswitch.db.ConnectionSettings;
import io.micronaut.serde.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Loads a backup into a new, empty database. It reads the backup's files and writes only to the
 * database {@code --into} names, so it needs neither the source database nor a running switch.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Loads a backup migrate-core took into a new, empty database, for inspection or to copy rows"
                + " back by hand; never over a live one.",
                "Creates the schema and the tables (columns, primary key), loads the rows and checks every file's rows"
                        + " and SHA-256, all in one transaction. The password comes from FACADE_RESTORE_PASSWORD."})
final class RestoreCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "FACADE_RESTORE_PASSWORD";

    @Option(names = "--backup", required = true, paramLabel = "ID", description = "The backup's id, as 'backups' lists it.")
    String id;

    @Option(names = "--into", required = true, paramLabel = "JDBC_URL",
            description = "The new, empty database to load it into, e.g. jdbc:postgresql://localhost:5432/app_restore.")
    String into;

    @Option(names = "--into-user", paramLabel = "USER", description = "The user to connect to it as.")
    String user;

    @Option(names = "--backup-folder", defaultValue = "${env:FACADE_BACKUP_FOLDER:-backups}", paramLabel = "DIR",
            description = "Where migrate-core wrote its backups (env FACADE_BACKUP_FOLDER, default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--json", description = "Print what was restored as one JSON document.")
    boolean json;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (ConnectionSettings.holdsPassword(into)) {
            throw new ParameterException(spec.commandLine(), "--into holds a password, which every user of this machine"
                    + " sees in the process list: take it out of the URL and give it in " + PASSWORD_VARIABLE);
        }
        ConnectionSettings target;
        try {
            target = new ConnectionSettings(into, user, System.getenv(PASSWORD_VARIABLE));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage().replace("--db-url", "--into"));
        }
        if (target.embedded()) {
            throw new ParameterException(spec.commandLine(), "--into needs the JDBC URL of a new, empty database");
        }
        BackupRestore.Restored restored = BackupRestore.restore(folder, id, target);
        if (json) {
            spec.commandLine().getOut().println(ObjectMapper.getDefault().writeValueAsString(restored));
        } else {
            spec.commandLine().getOut().println("restored backup " + restored.id() + " into " + restored.into() + ":");
            restored.tables().forEach(table -> spec.commandLine().getOut().println("  " + table));
            restored.notes().forEach(note -> spec.commandLine().getErr().println("note: " + note));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
