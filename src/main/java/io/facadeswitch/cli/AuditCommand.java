package io.facadeswitch.cli;

import io.facadeswitch.api.AuditDocument;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.control.AuditLog;
import io.micronaut.serde.ObjectMapper;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Shows the audit log's newest entries, oldest first: when, who, what, on what and why;"
                + " --json adds the state each change found and left.")
final class AuditCommand extends SwitchCommand {

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
            description = "How many of the newest entries, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the entries as one JSON array, as GET /api/audit answers.")
    boolean json;

    @Override
    int run(SwitchContext context) throws Exception {
        checkLimit();
        ObjectMapper mapper = context.bean(ObjectMapper.class);
        List<AuditDocument> entries = context.bean(AuditLog.class).newest(limit).stream()
                .map(entry -> AuditDocument.of(entry, mapper)).toList();
        if (json) {
            printJson(context, entries);
        } else {
            print(entries);
        }
        return 0;
    }

    @Override
    int runRemote(ApiClient client) {
        checkLimit();
        String body = client.get("/api/audit?limit=" + limit);
        if (json) {
            printJson(body);
        } else {
            print(List.of(client.read(body, AuditDocument[].class)));
        }
        return 0;
    }

    private void checkLimit() {
        if (limit < 1 || limit > AuditDocument.MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 to " + AuditDocument.MAX_LIMIT
                    + ", not " + limit + ": older entries are in facade_switch.audit_log");
        }
    }

    private void print(List<AuditDocument> entries) {
        if (entries.isEmpty()) {
            out().println("the audit log is empty");
            return;
        }
        for (AuditDocument entry : entries) {
            out().printf("%5d %s  %-16s %-24s %s%s%n", entry.id(),
                    entry.at() == null ? "" : ReleasesCommand.UTC.format(entry.at()), entry.actor(), entry.action(),
                    entry.subject() == null ? "" : entry.subject(),
                    entry.reason() == null ? "" : ": " + entry.reason());
        }
        out().flush();
    }
}
