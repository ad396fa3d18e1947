package io.facadeswitch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.OperatorText;
import io.facadeswitch.facade.DeployException;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ProxyTestBase;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What people send is bounded before anything is written: text kept for ever in the audit log,
 * pins per call, the audit page; and what is echoed back cannot drive a terminal.
 */
class InputBoundsTest extends ProxyTestBase {


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a NUL \\u0000 in it", "an escape \\u001b[2J that clears a screen",
            "a bidi override \\u202e txet", "a DEL \\u007f"})
    void aReasonWithAControlCharacterIs400AndChangesNothing(String reason) throws Exception {
        long generation = routing().snapshot().generation();
        int entries = audit().all().size();

        Reply reply = post(server, "/api/promote", OPERATE_SECRET, "{\"reason\": \"" + reason + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("INVALID_INPUT").contains("control character").contains("printable text");
        assertThat(routing().snapshot().generation()).isEqualTo(generation);
        assertThat(audit().all()).hasSize(entries);
    }

    @Test
    void aReasonLongerThanTheLimitIs400AndOneAtTheLimitIsKept() throws Exception {
        String tooLong = "x".repeat(OperatorText.MAX_REASON + 1);
        Reply refused = post(server, "/api/promote", OPERATE_SECRET, "{\"reason\": \"" + tooLong + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("keep it to " + OperatorText.MAX_REASON);
        assertThat(refused.body().length()).as("the reason is not echoed").isLessThan(1_000);

        String longest = "y".repeat(OperatorText.MAX_REASON);
        assertThat(post(server, "/api/promote", OPERATE_SECRET, "{\"reason\": \"" + longest + "\"}").status())
                .isEqualTo(200);
        assertThat(audit().all().get(audit().all().size() - 1).reason()).isEqualTo(longest);
    }

    @Test
    void theAuditPageIsBoundedAndReadsOnlyWhatItReturns() throws Exception {
        assertThat(get(server, "/api/audit?limit=0", READ_SECRET).status()).isEqualTo(400);
        Reply tooMany = get(server, "/api/audit?limit=1001", READ_SECRET);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit must be 1 to 1000");

        post(server, "/api/promote", OPERATE_SECRET, "{\"reason\": \"the newest\"}");
        Reply newest = get(server, "/api/audit?limit=1", READ_SECRET);
        assertThat(newest.status()).isEqualTo(200);
        assertThat(newest.body()).contains("the newest").doesNotContain("\"action\":\"deploy\"");
    }

    @Test
    void oneCanaryCallPinsAtMostAThousandInstances() throws Exception {
        String instances = IntStream.range(0, 1_001).mapToObj(i -> "\"app-" + i + "\"")
                .collect(Collectors.joining(","));

        Reply reply = post(server, "/api/canary", OPERATE_SECRET, "{\"instances\": [" + instances + "]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("at most 1000 instances");
        assertThat(routing().snapshot().canary()).isNull();
    }

    @Test
    void anInvalidNameIsEchoedPrintableAndShort() throws Exception {
        String name = "\u001b[31m" + "x".repeat(10_000);

        assertThatThrownBy(() -> deploy(Fixtures.FACADE_1_1_0, name))
                .isInstanceOf(DeployException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b").contains("\\u001B[31m")
                        .contains("more characters").hasSizeLessThan(400));
        Reply reply = post(server, "/api/canary", OPERATE_SECRET, "{\"instances\": [\"\\u001b]0;owned\\u0007\"]}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\\\\u001B]0;owned\\\\u0007");
    }
}
