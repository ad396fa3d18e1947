package io.facadeswitch.cli;

import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.backup.BackupCatalog;
import io.facadeswitch.backup.BackupList;
import io.facadeswitch.backup.BackupSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backups", mixinStandardHelpOptions = true,
        description = {"Lists the backups migrate-core took of this database, newest first: id, when, release, the tables"
                + " copied with their rows and sizes, and the restore point.",
                "Load one into a new, empty database with 'restore --backup ID --into JDBC_URL'."})
final class BackupsCommand extends SwitchCommand {

    @Option(names = "--json", description = "Print the backups as one JSON document, as GET /api/backups answers.")
    boolean json;

    @Override
    int run(SwitchContext context) throws Exception {
        BackupList list = context.bean(BackupCatalog.class).list();
        if (json) {
            printJson(context, list);
        } else {
            print(list);
        }
        return 0;
    }

    @Override
    int runRemote(ApiClient client) {
        String body = client.get("/api/backups");
        if (json) {
            printJson(body);
        } else {
            print(client.read(body, BackupList.class));
        }
        return 0;
    }

    private void print(BackupList list) {
        if (list.backups().isEmpty()) {
            out().println("no backup of this database in " + list.folder());
            out().flush();
            return;
        }
        out().println("backups of this database in " + list.folder() + ", newest first:");
        for (BackupList.Entry b : list.backups()) {
            out().printf("%s  %s UTC  %s  %s  %s%n", b.id(), ReleasesCommand.UTC.format(b.created()),
                    b.release() == null ? "(no bundle)" : "release " + b.release(), BackupSettings.shown(b.bytes()),
                    b.restorePoint() == null ? "no restore point" : "restore point " + b.restorePoint());
            for (BackupList.Table t : b.tables()) {
                out().printf("  %s: %d row(s), %s (%s as COPY text)%n", t.name(), t.rows(), BackupSettings.shown(t.bytes()),
                        BackupSettings.shown(t.rawBytes()));
            }
            for (String table : b.restorePointOnly()) {
                out().printf("  %s: not copied (over facade.backup.max-table-size), restore point only%n", table);
            }
        }
        out().flush();
    }
}
