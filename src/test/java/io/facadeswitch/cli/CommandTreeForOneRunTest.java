package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A run builds in full only the commands its words name (start-up: picocli reads each command by
 * reflection); what the user sees must be the same as from the tree with every command built.
 */
class CommandTreeForOneRunTest {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-V", "help status", "status --help", "drift adopt --help", "rollout start --help",
        "stauts", "status --jsn", "help", "", "approval --help", "promote --help --json",
        "deploy --help --app-role a --app-role a", "status status"})
    void eachRunAnswersAsTheFullTreeDoes(String words) {
        String[] args = words.isEmpty() ? new String[0] : words.split(" ");

        CliRun lazy = CliRun.on(FacadeSwitchCommand.commandLine(false, args), args);
        CliRun full = CliRun.on(FacadeSwitchCommand.commandLine(false), args);

        assertThat(lazy).isEqualTo(full);
        assertThat(lazy.out() + lazy.err()).isNotBlank();
    }

    @Test
    void onlyTheNamedCommandIsBuiltInFull() {
        CommandLine tree = FacadeSwitchCommand.commandLine(false, "status", "--json");

        assertThat((Object) tree.getSubcommands().get("status").getCommand()).isInstanceOf(StatusCommand.class);
        assertThat((Object) tree.getSubcommands().get("deploy").getCommand()).isNotInstanceOf(DeployCommand.class);
        assertThat(tree.getSubcommands().get("deploy").getCommandSpec().options())
                .as("an outline has only the standard help options").hasSize(2);
        assertThat(tree.getSubcommands().keySet()).as("every command is still listed and suggested")
                .containsExactlyElementsOf(FacadeSwitchCommand.commandLine(false).getSubcommands().keySet());
    }

    @Test
    void anArgumentFileOrCompletionGetsEveryCommandInFull() {
        List<CommandLine> trees = List.of(FacadeSwitchCommand.commandLine(false, "@words.txt"),
                FacadeSwitchCommand.commandLine(false, "completion"));

        for (CommandLine tree : trees) {
            assertThat((Object) tree.getSubcommands().get("deploy").getCommand()).isInstanceOf(DeployCommand.class);
            assertThat((Object) tree.getSubcommands().get("serve").getCommand()).isInstanceOf(ServeCommand.class);
        }
    }
}
