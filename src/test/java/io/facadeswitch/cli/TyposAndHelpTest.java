package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A newcomer's slips: a mistyped command or option gets the nearest right one; help shows what a command takes. */
class TyposAndHelpTest {

    @Test
    void aMistypedCommandIsAnsweredWithTheNearestOne() {
        CliRun run = CliRun.of(List.of("stauts"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: Unmatched argument at index 0: 'stauts' (did you mean status?); run"
                + " 'facade-switch --help' for the options [CLI_USAGE]" + System.lineSeparator());
    }

    @Test
    void aMistypedOptionIsAnsweredWithTheNearestOne() {
        CliRun json = CliRun.of(List.of("status", "--jsn"));
        CliRun release = CliRun.of(List.of("deploy", "--relase", "1.0.0"));

        assertThat(json.status()).isEqualTo(2);
        assertThat(json.err()).contains("Unknown option: '--jsn' (did you mean --json?)");
        assertThat(release.status()).isEqualTo(2);
        assertThat(release.err()).as("--release is optional with --bundle, so picocli names the unknown option")
                .contains("Unknown options: '--relase', '1.0.0' (did you mean --release?)");
    }

    @Test
    void helpCommandAnswersForACommand() {
        CliRun help = CliRun.of(List.of("help", "status"));

        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: facade-switch status");
    }

    @Test
    void eachCommandShowsOnlyTheOptionsItTakes() {
        String serve = CliRun.of(List.of("serve", "--help")).out();
        String status = CliRun.of(List.of("status", "--help")).out();
        String deploy = CliRun.of(List.of("deploy", "--help")).out();

        assertThat(serve).as("serve refuses to run through another switch").doesNotContain("--server")
                .doesNotContain("--token").contains("--app-role");
        assertThat(status).as("status grants nothing").doesNotContain("--app-role").contains("--server");
        assertThat(deploy).contains("--app-role").contains("--server").contains("--quiet");
    }

    @Test
    void completionIsABashScriptForTheLauncherThatKnowsEveryCommand() {
        CliRun completion = CliRun.of(List.of("completion"));

        assertThat(completion.status()).isZero();
        assertThat(completion.out()).startsWith("#!/usr/bin/env bash").contains("facade-switch Bash Completion")
                .contains("releases").contains("rollout").contains("complete -F");
    }
}
