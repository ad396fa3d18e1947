package io.facadeswitch.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.ServerTestBase;
import io.facadeswitch.support.TcpForwarder;
import io.facadeswitch.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A replica whose database goes away, stopped (connections reset, new ones refused) or behind a
 * partition (nothing answers): {@code /health} and {@code /api/status} answer 503 at once, every
 * time, and 200 again once the database is back. Every answer is timed and must come within a
 * second (one that waits for the pool's 30 s, or for the database, fails the test), and the first
 * 503 within the probe's interval and timeout of the outage.
 */
class DatabaseOutageTest extends ServerTestBase {

    /** What one answer may take: it comes from the probe's last result, never from the database. */
    private static final long ANSWER_MILLIS = 1_000;
    /** Room for a loaded 2-core machine on top of the probe's own bound. */
    private static final long SLACK_MILLIS = 500;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TcpForwarder network;
    private SwitchServer replica;

    static Stream<Arguments> outages() {
        return Stream.of(
                Arguments.of("a stopped server", (Consumer<TcpForwarder>) TcpForwarder::refuse),
                Arguments.of("a network partition", (Consumer<TcpForwarder>) TcpForwarder::blackhole));
    }

    @BeforeEach
    void replicaBehindAForwarder() throws Exception {
        URI direct = URI.create(db.url().substring("jdbc:".length()));
        network = new TcpForwarder(direct.getHost(), direct.getPort());
        String url = "jdbc:postgresql://127.0.0.1:" + network.port() + direct.getPath();
        replica = replica(new TestDatabase(url, db.user(), db.password(), db.name()), Map.of());
    }

    @AfterEach
    void closeNetwork() throws Exception {
        network.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outages")
    void healthAndStatusAnswer503AtOnceWhileTheDatabaseIsAwayAndRecover(String what, Consumer<TcpForwarder> outage)
            throws Exception {
        assertThat(call("/health").statusCode()).isEqualTo(200);
        assertThat(call("/api/status").statusCode()).isEqualTo(200);

        outage.accept(network);
        long broke = System.nanoTime();
        waitForStatus("/health", 503, Duration.ofSeconds(5));
        long noticedMillis = (System.nanoTime() - broke) / 1_000_000;
        for (int i = 0; i < 5; i++) {
            assertThat(call("/health").statusCode()).isEqualTo(503);
            HttpResponse<String> status = call("/api/status");
            assertThat(status.statusCode()).isEqualTo(503);
            assertThat(status.body()).contains("DB_UNAVAILABLE").doesNotContain("127.0.0.1");
            assertThat(status.headers().firstValue("Retry-After")).hasValue("1");
        }
        HealthSettings probe = context.bean(HealthSettings.class); // the replica has the same, the defaults
        assertThat(noticedMillis).as("from the outage to the first 503")
                .isLessThan(probe.probeInterval().plus(probe.probeTimeout()).toMillis() + SLACK_MILLIS);

        network.pass();
        waitForStatus("/health", 200, Duration.ofSeconds(10));
        waitForStatus("/api/status", 200, Duration.ofSeconds(10));
    }

    private void waitForStatus(String path, int expected, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        int seen = call(path).statusCode();
        while (seen != expected) {
            assertThat(System.nanoTime()).as("%s still answers %d, not %d", path, seen, expected).isLessThan(deadline);
            Thread.sleep(100);
            seen = call(path).statusCode();
        }
    }

    /** A GET with the read token, answered within {@link #ANSWER_MILLIS} or the test fails. */
    private HttpResponse<String> call(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(replica.url() + path)).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + READ_SECRET).GET().build();
        long sent = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertThat(millis).as("%s answered %d after %d ms", path, response.statusCode(), millis)
                .isLessThan(ANSWER_MILLIS);
        return response;
    }
}
