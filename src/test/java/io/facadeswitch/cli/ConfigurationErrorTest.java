package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.CommandProcess;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with a setting it cannot use, as an operator meets it: a process of its own with
 * the setting in its environment, which says in one line what is wrong and where, and exits 1.
 * The variables reach the settings with no entry in application.yml (Micronaut's relaxed binding).
 */
class ConfigurationErrorTest {

    private static final String TOKENS = "ops:operate:operate-secret-0123456789";

    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestPostgres.newDatabase();
        // serve on a database given needs one set up (the control schema installed), as a deploy leaves it.
        db.start(Map.of()).close();
    }

    @Test
    void anInvalidApiTokenStopsServeWithOneLineNamingTheVariable() throws Exception {
        Outcome outcome = serve(Map.of("FACADE_API_TOKENS", "ops:operate:short"));

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.lines()).containsExactly("error: invalid facade.api.tokens (FACADE_API_TOKENS): token ops"
                + " has a secret shorter than 16 characters; use a random one (e.g. openssl rand -hex 24)"
                + " [API_TOKENS_INVALID]");
    }

    @Test
    void aProbeIntervalBelowItsMinimumStopsServeWithOneLineNamingTheSetting() throws Exception {
        Outcome outcome = serve(Map.of("FACADE_API_TOKENS", TOKENS, "FACADE_HEALTH_PROBE_INTERVAL", "10ms"));

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.lines()).containsExactly("error: facade.health.probe-interval and probe-timeout must be"
                + " 100ms or more (got 10 ms and 800 ms) (env FACADE_HEALTH_PROBE_INTERVAL); correct it or unset it"
                + " [INVALID_INPUT]");
    }

    @Test
    void aMisspelledTlsModeStopsServeInsteadOfTurningTlsOff() throws Exception {
        Outcome outcome = serve(Map.of("FACADE_API_TOKENS", TOKENS, "FACADE_PROXY_TLS_MODE", "requre"));

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.lines()).containsExactly("error: facade.proxy.tls-mode (FACADE_PROXY_TLS_MODE) is \"requre\","
                + " which is not one of disable, allow, require; it would have been read as its default: correct it"
                + " or unset it [INVALID_INPUT]");
    }

    @Test
    void aProxyPortOutOfRangeStopsServeWithOneLineNamingTheSettingAndVariable() throws Exception {
        Outcome outcome = serve(Map.of("FACADE_API_TOKENS", TOKENS, "FACADE_PROXY_PORT", "99999"));

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.lines()).containsExactly("error: facade.proxy.port (FACADE_PROXY_PORT) must be less than"
                + " or equal to 65535; correct it or unset it [INVALID_INPUT]");
    }

    @Test
    void aSettingFromTheFileNamedByMicronautConfigFilesIsCheckedLikeAVariable(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("settings.yml");
        Files.writeString(file, "facade:\n  proxy:\n    tls-mode: requre\n");

        Outcome outcome = serve(Map.of("FACADE_API_TOKENS", TOKENS, "MICRONAUT_CONFIG_FILES", file.toString()));

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.lines()).singleElement().asString().startsWith("error: facade.proxy.tls-mode")
                .contains("is \"requre\", which is not one of disable, allow, require");
    }

    @Test
    void anHttpPortInUseStopsServeWithOneLineAndNoFrameworkLog() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Outcome outcome = serve(Map.of("FACADE_API_TOKENS", TOKENS,
                    "FACADE_HTTP_PORT", String.valueOf(taken.getLocalPort())));

            assertThat(outcome.status()).isEqualTo(1);
            assertThat(outcome.lines()).containsExactly("error: the HTTP API cannot listen on port "
                    + taken.getLocalPort() + ": the port is in use; choose another with --http-port (FACADE_HTTP_PORT),"
                    + " or stop what holds it [API_HTTP_PORT_IN_USE]");
        }
    }

    @Test
    void aProxyPortInUseStopsServeWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Outcome outcome = serve(Map.of("FACADE_API_TOKENS", TOKENS,
                    "FACADE_PROXY_PORT", String.valueOf(taken.getLocalPort())));

            assertThat(outcome.status()).isEqualTo(1);
            assertThat(outcome.lines()).containsExactly("error: the proxy cannot listen on 127.0.0.1:"
                    + taken.getLocalPort() + ": the port is in use; choose another with --proxy-port"
                    + " (FACADE_PROXY_PORT), or stop what holds it [PROXY_PORT_IN_USE]");
        }
    }

    private record Outcome(int status, List<String> lines) {
    }

    private static Outcome serve(Map<String, String> settings) throws Exception {
        Map<String, String> environment = new HashMap<>(settings);
        environment.putIfAbsent("FACADE_HTTP_PORT", "-1");
        if (db.password() != null) {
            environment.put("FACADE_DB_PASSWORD", db.password());
        }
        CommandProcess serve = CommandProcess.start(List.of("serve", "--db-url", db.url(), "--db-user", db.user()),
                environment);
        int status = serve.awaitExit(Duration.ofSeconds(90));
        return new Outcome(status, serve.output().lines().filter(line -> !line.isBlank()).toList());
    }
}
