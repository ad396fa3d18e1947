package io.facadeswitch.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A switch serving one environment ({@code serve --env staging}): its approvals over HTTP, the
 * actor being the token's name, and its gates on the API's steps.
 */
class ApprovalApiTest extends ServerTestBase {

    private static final String CHECKSUM = "ab".repeat(32);
    private static final String OTHER_OPERATE = "other-operate-secret-98765";

    @TempDir
    Path folder;

    private SwitchServer server;

    @BeforeEach
    void aSwitchServingStaging() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        Path file = folder.resolve("facade-switch.yaml");
        Files.writeString(file, """
                environments:
                  - name: staging
                    db-url: %s
                    gates:
                      deploy:
                        approvals: 1
                      promote:
                        windows: ["%s"]
                """.formatted(db.url(), closedWindow()));
        server = replica(Map.of(CurrentEnvironment.NAME, "staging", CurrentEnvironment.CONFIG, file.toString(),
                "facade.api.tokens", "ops:operate:" + OPERATE_SECRET + ",bob:operate:" + OTHER_OPERATE
                        + ",viewer:read:" + READ_SECRET));
    }

    @Test
    void aRequestIsGrantedByAnotherTokenNeverByItsOwnAndReadTokensOnlyRead() throws Exception {
        String body = "{\"step\": \"deploy\", \"release\": \"1.2.0\", \"checksum\": \"" + CHECKSUM
                + "\", \"reason\": \"new totals\"}";

        Reply byReader = post(server, "/api/approvals", READ_SECRET, body);
        Reply asked = post(server, "/api/approvals", OPERATE_SECRET, body);
        String id = id(asked.body());
        Reply self = post(server, "/api/approvals/" + id + "/grant", OPERATE_SECRET, "{}");
        Reply granted = post(server, "/api/approvals/" + id + "/grant", OTHER_OPERATE, "{\"reason\": \"looks fine\"}");
        Reply listed = get(server, "/api/approvals?limit=5", READ_SECRET);
        Reply badStep = post(server, "/api/approvals", OPERATE_SECRET, body.replace("deploy", "drop"));

        assertThat(byReader.status()).isEqualTo(403);
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.body()).contains("\"requestedBy\":\"ops\"").contains("\"environment\":\"staging\"");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.body()).contains("APPROVAL_BY_REQUESTER");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.body()).contains("\"actor\":\"bob\"").contains("\"decision\":\"grant\"");
        assertThat(listed.body()).contains("\"id\":" + id);
        assertThat(badStep.status()).isEqualTo(400);
        assertThat(audit().all().stream().map(e -> e.actor() + " " + e.action()))
                .contains("ops approval-request", "bob approval-grant");
    }

    @Test
    void aPromoteThroughTheApiMeetsTheWindowAndRollbackNeverDoes() throws Exception {
        long generation = routing().snapshot().generation();

        Reply closed = post(server, "/api/promote", OPERATE_SECRET, "{\"reason\": \"go\"}");
        Reply emergency = post(server, "/api/promote", OPERATE_SECRET, "{\"reason\": \"outage\", \"emergency\": true}");

        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.body()).contains("GATE_WINDOW_CLOSED").contains("next opening");
        assertThat(emergency.status()).as("this gate allows no override").isEqualTo(403);
        assertThat(emergency.body()).contains("GATE_EMERGENCY_REFUSED");
        assertThat(routing().snapshot().generation()).isEqualTo(generation);
        routing().promote("ops", "promoted before the window closed", null);
        Reply rollback = post(server, "/api/rollback", OPERATE_SECRET, "{\"reason\": \"back\"}");
        assertThat(rollback.status()).as(rollback.body()).isEqualTo(200);
        assertThat(audit().all().stream().filter(e -> e.action().equals("gate")).map(e -> e.after()))
                .hasSize(2).allMatch(after -> after.contains("\"decision\": \"refused\""));
    }

    private static String closedWindow() {
        int start = (ZonedDateTime.now(ZoneOffset.UTC).getHour() + 2) % 24;
        return String.format("daily %02d:00-%02d:00 UTC", start, start + 1);
    }

    private static String id(String json) {
        Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }
}
