package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's help renders as written: picocli formats descriptions, so a bare % breaks them. */
class HelpTextTest {

    /** Once every %% is taken out, a % that is not %n (picocli's newline). */
    private static final Pattern BARE_PERCENT = Pattern.compile("%(?!n)");

    @Test
    void noDescriptionHasABarePercentSign() {
        List<String> bare = new ArrayList<>();
        visit(FacadeSwitchCommand.commandLine(false), bare);

        assertThat(bare).as("descriptions with a bare %% (write %%%% for a percent sign)").isEmpty();
    }

    private static void visit(CommandLine command, List<String> bare) {
        CommandSpec spec = command.getCommandSpec();
        for (String line : spec.usageMessage().description()) {
            check(spec.qualifiedName() + ": description", line, bare);
        }
        for (OptionSpec option : spec.options()) {
            for (String line : option.description()) {
                check(spec.qualifiedName() + " " + option.longestName(), line, bare);
            }
        }
        command.getSubcommands().values().forEach(sub -> visit(sub, bare));
    }

    private static void check(String where, String text, List<String> bare) {
        if (BARE_PERCENT.matcher(text.replace("%%", "")).find()) {
            bare.add(where + ": " + text);
        }
    }
}
