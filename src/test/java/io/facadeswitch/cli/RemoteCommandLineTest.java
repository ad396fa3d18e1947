package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The routing commands through a running switch's API (--server, --token) instead of the database. */
class RemoteCommandLineTest extends ServerTestBase {

    private SwitchServer server;

    record Result(int status, String out, String err) {
    }

    @BeforeEach
    void serve() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        server = replica(Map.of());
    }

    private Result run(String token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", server.url(), "--token", token));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FacadeSwitchCommand.commandLine(false);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Result(commandLine.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void routingCommandsWorkThroughTheApiAndAreAuditedUnderTheTokensName() {
        Result canary = run(OPERATE_SECRET, "canary", "--instances", "app-7", "--percent", "5");
        Result explain = run(READ_SECRET, "route", "explain", "app-7");
        Result status = run(READ_SECRET, "status");
        Result promote = run(OPERATE_SECRET, "promote", "--reason", "remote");
        Result rollback = run(OPERATE_SECRET, "rollback");

        assertThat(canary.status()).as(canary.err()).isZero();
        assertThat(canary.out()).startsWith("canary of green (release 1.1.0): pinned [app-7]");
        assertThat(explain.out()).startsWith("green: app-7 is pinned to green");
        assertThat(status.out()).contains("canary: green, pinned [app-7]")
                .contains("replica " + server.heartbeat().replicaId());
        assertThat(promote.out()).startsWith("promoted: green (release 1.1.0) is active");
        assertThat(rollback.out()).startsWith("rolled back: blue (release 1.0.0) is active");
        assertThat(audit().all()).last().satisfies(e -> assertThat(e.actor()).isEqualTo("ops"));
    }

    @Test
    void aRefusalFromTheServerExitsWithOneAndItsReason() {
        Result readOnly = run(READ_SECRET, "promote");
        Result refused = run(OPERATE_SECRET, "abort");

        assertThat(readOnly.status()).isEqualTo(1);
        assertThat(readOnly.err()).contains("may only read").contains("API_FORBIDDEN");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("no canary is running").contains("ROUTING_NO_CANARY");
    }

    @Test
    void serveHasNoServerOptionAndRefusesOneWithTwo() {
        Result serve = run(OPERATE_SECRET, "serve");

        assertThat(serve.status()).isEqualTo(2);
        assertThat(serve.err()).contains("Unknown options: '--server'").contains("'--token'")
                .contains("run 'facade-switch serve --help' for the options");
    }

    @Test
    void statusJsonIsTheServersDocument() {
        Result status = run(READ_SECRET, "status", "--json");

        assertThat(status.out()).startsWith("{\"generation\":2,\"active\":\"blue\"").contains("\"replicas\":[");
    }
}
