package io.facadeswitch.cli;

import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.facade.ReleaseEntity;
import io.facadeswitch.facade.ReleaseRepository;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "releases", mixinStandardHelpOptions = true,
        description = "Lists every release ever deployed, oldest first: name, checksum, colour, when and by whom,"
                + " objects and files, build time (as Flyway's info and Liquibase's history do for migrations).")
final class ReleasesCommand extends SwitchCommand {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Option(names = "--json", description = "Print the releases as one JSON array, as GET /api/releases answers.")
    boolean json;

    @Override
    int run(SwitchContext context) throws Exception {
        List<ReleaseEntity> releases = context.bean(ReleaseRepository.class).findAllOrderByIdAsc();
        if (json) {
            printJson(context, releases);
        } else {
            print(releases);
        }
        return 0;
    }

    @Override
    int runRemote(ApiClient client) {
        String body = client.get("/api/releases");
        if (json) {
            printJson(body);
        } else {
            print(List.of(client.read(body, ReleaseEntity[].class)));
        }
        return 0;
    }

    private void print(List<ReleaseEntity> releases) {
        if (releases.isEmpty()) {
            out().println("no release deployed yet");
            return;
        }
        out().printf("%4s  %-16s %-12s  %-6s %-19s  %-16s %7s %5s %9s%n", "id", "release", "checksum", "colour",
                "deployed (UTC)", "by", "objects", "files", "build");
        for (ReleaseEntity r : releases) {
            out().printf("%4d  %-16s %-12s  %-6s %-19s  %-16s %7d %5d %6d ms%n", r.id(), r.name(),
                    r.checksum().substring(0, Math.min(12, r.checksum().length())), r.colour(),
                    r.deployedAt() == null ? "" : UTC.format(r.deployedAt()), r.deployedBy(), r.objectCount(),
                    r.fileCount(), r.durationMs());
        }
        out().flush();
    }
}
