package io.facadeswitch.cli;

import io.facadeswitch.environment.ApprovalRequest;
import io.facadeswitch.environment.EnvironmentApprovals;
import io.facadeswitch.environment.Environments;
import io.facadeswitch.environment.EnvironmentsOverview;
import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The approval requests of one environment, or of every environment of the file. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists approval requests, newest first: of --env, or of every environment of the file.")
final class ApprovalListCommand implements Callable<Integer> {

    @Mixin
    EnvironmentFileOptions file;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
            description = "At most this many per environment (default ${DEFAULT-VALUE}, at most 1000).")
    int limit;

    @Option(names = "--json", description = "Print {\"environments\": [{\"environment\", \"requests\": [...]}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Environments environments = file.environments(spec);
        List<EnvironmentApprovals> all = new EnvironmentsOverview(environments, System::getenv)
                .approvals(file.environmentName(spec).orElse(null), limit);
        if (json) {
            spec.commandLine().getOut().println(ObjectMapper.getDefault().writeValueAsString(Map.of("environments", all)));
            return 0;
        }
        Instant now = Instant.now();
        for (EnvironmentApprovals one : all) {
            if (one.error() != null) {
                spec.commandLine().getOut().println(one.environment() + ": unreachable: " + one.error());
            } else if (one.requests().isEmpty()) {
                spec.commandLine().getOut().println(one.environment() + ": no approval requests");
            }
            for (ApprovalRequest request : one.requests()) {
                spec.commandLine().getOut().println(ApprovalCommand.describe(request, now));
            }
        }
        return 0;
    }
}
