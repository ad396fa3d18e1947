package io.facadeswitch.cli;

import picocli.CommandLine.Command;

@Command(name = "rollout", mixinStandardHelpOptions = true,
        description = {"Progressive delivery of the release on the standby colour: canary steps judged from the"
                + " proxy's figures, approvals, automatic rollback.",
                "The steps are driven by 'serve' (any replica); these commands start and steer them."},
        subcommands = {RolloutCommands.Start.class, RolloutCommands.Status.class, RolloutCommands.Pause.class,
                RolloutCommands.Resume.class, RolloutCommands.Promote.class, RolloutCommands.Abort.class,
                RolloutCommands.Retry.class, RolloutCommands.Approve.class, RolloutCommands.Reject.class})
final class RolloutCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "name a rollout command, e.g. rollout status");
    }
}
