package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    /** One audit line of the demo's output: id, time, actor, action, then the subject and reason. */
    private static final Pattern AUDIT_LINE = Pattern.compile("^\\s+\\d+ [\\d:.]+ (\\S+)\\s+(\\S+)\\s+(.*)$",
            Pattern.MULTILINE);

    @Test
    void theDemoTellsTheWholeStoryAndItsAuditLogReadsInOrder() {
        CliRun run = CliRun.of(List.of("demo"));

        assertThat(run.status()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Everything behaved as expected.")
                .contains("alice tries to approve it herself: refused")
                .containsPattern("rollout 1: promoted: 1.1.0 on green for everyone")
                .containsPattern("broken facade: canary saw \\d+ errors? 42703")
                .contains("rollout 2: rolled back by the analysis");

        StringBuilder story = new StringBuilder();
        Matcher line = AUDIT_LINE.matcher(run.out().substring(run.out().indexOf("The audit log")));
        while (line.find()) {
            if (!line.group(2).equals("rollout-verdict")) {
                story.append(line.group(1)).append(' ').append(line.group(2)).append('\n');
            }
        }
        assertThat(story.toString()).isEqualTo("""
                demo migrate-core
                release-bot activate
                release-bot deploy
                release-bot deploy
                alice rollout-start
                alice canary
                alice rollout-step
                analysis canary
                analysis rollout-step
                analysis canary
                analysis rollout-step
                analysis rollout-awaiting-approval
                bob rollout-approve
                bob promote
                bob rollout-promoted
                release-bot deploy
                alice rollout-start
                alice canary
                alice rollout-step
                analysis abort
                analysis rollout-rolled-back
                """);
        assertThat(run.out()).containsPattern("analysis\\s+rollout-verdict\\s+rollout 2 of 1.2.0: .*broken facade");
    }
}
