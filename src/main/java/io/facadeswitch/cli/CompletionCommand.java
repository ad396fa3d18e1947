package io.facadeswitch.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Prints a bash (and zsh, with bashcompinit) completion script for the facade-switch launcher.",
                "Load it with: source <(bin/facade-switch completion), or save it in /etc/bash_completion.d/."})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // For the launcher's name, whatever this run is called: completion is for a command on the PATH.
        CommandLine named = FacadeSwitchCommand.tree();
        CommandShape.trim(named);
        spec.commandLine().getOut().print(AutoComplete.bash("facade-switch", named));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
