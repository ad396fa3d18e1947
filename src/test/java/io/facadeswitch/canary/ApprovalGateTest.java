package io.facadeswitch.canary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Approvals through the API: the token's name is the person. */
class ApprovalGateTest extends RolloutTestBase {

    private static final String LEAD_SECRET = "lead-secret-0123456789abcd";

    @Override
    Map<String, Object> replicaSettings() {
        return Map.of("facade.api.tokens", "ops:operate:" + OPERATE_SECRET + ",viewer:read:" + READ_SECRET
                + ",lead:operate:" + LEAD_SECRET);
    }

    @Test
    void anApprovalByTheInitiatorIsRefusedWhenThePlanSaysSo() throws Exception {
        Reply started = post(server, "/api/rollouts", OPERATE_SECRET, """
                {"planName": "careful", "instances": ["app-1"], "hold": "1h", "reason": "1.1.0, carefully"}""");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.body()).contains("\"state\":\"awaiting_approval\"").contains("\"gate\":\"start\"")
                .contains("\"initiator\":\"ops\"");
        assertThat(routing().snapshot().canary()).as("nothing moves before the approval").isNull();

        Reply own = post(server, "/api/rollouts/current/approve", OPERATE_SECRET, "{\"comment\": \"mine\"}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).contains("application/problem+json");
        assertThat(own.body()).contains("ROLLOUT_APPROVER_IS_INITIATOR").contains("someone other than ops");

        Reply viewer = post(server, "/api/rollouts/current/approve", READ_SECRET, "{}");
        assertThat(viewer.status()).as("a read-only token approves nothing").isEqualTo(403);

        Reply lead = post(server, "/api/rollouts/current/approve", LEAD_SECRET, "{\"comment\": \"go\"}");
        assertThat(lead.status()).as(lead.body()).isEqualTo(200);
        assertThat(lead.body()).contains("\"state\":\"running\"").contains("\"actor\":\"lead\"");
        assertThat(routing().explain("app-1").colour()).isEqualTo("green");
        assertThat(audit().all()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("rollout-approve");
            assertThat(entry.actor()).isEqualTo("lead");
            assertThat(entry.reason()).contains("go");
        });
        assertThat(rollouts().current().orElseThrow().approvals()).extracting(Approval::actor)
                .isEqualTo(List.of("lead"));
    }

    @Test
    void aPlanThatShrinksIsRefusedWithAMessageAboutTheFile() throws Exception {
        Reply refused = post(server, "/api/rollouts", OPERATE_SECRET, """
                {"plan": {"name": "mine", "hold": "1m", "steps": [{"percent": 20}, {"percent": 10}]}}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("ROLLOUT_BAD_PLAN").contains("step 2").contains("steps only grow");
    }
}
