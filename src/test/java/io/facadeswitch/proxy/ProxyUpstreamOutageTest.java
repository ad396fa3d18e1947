package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.WireClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The proxy's database server is down (its port refuses connections) while clients keep trying:
 * each client is told so, without learning where the server is, and the log says so once, not
 * once per attempt.
 */
class ProxyUpstreamOutageTest extends ProxyTestBase {

    private static final int ATTEMPTS = 50;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger proxyLog = (Logger) LoggerFactory.getLogger(ProxyServer.class);
    private int downPort;

    @Override
    protected Map<String, Object> proxySettings() {
        downPort = closedPort();
        return Map.of("facade.proxy.upstream-host", "127.0.0.1", "facade.proxy.upstream-port", downPort);
    }

    @BeforeEach
    void captureTheProxysLog() {
        log.start();
        proxyLog.addAppender(log);
    }

    @AfterEach
    void releaseTheLog() {
        proxyLog.detachAppender(log);
        log.stop();
    }

    @Test
    void fiftyRefusedClientsMakeOneWarningAndNoneOfThemLearnsTheServersAddress() throws Exception {
        List<WireClient.Message> refusals = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            try (WireClient client = WireClient.connect(proxyPort(), 5_000)) {
                client.send(WireClient.startupPacket(Map.of("user", appRole, "database", db.name())));
                refusals.add(client.read());
                assertThat(client.closedByPeer()).as("closed after the refusal").isTrue();
            }
        }

        assertThat(refusals).allSatisfy(refusal -> {
            assertThat(refusal.type()).isEqualTo('E');
            assertThat(refusal.sqlState()).isEqualTo(SqlStates.CONNECTION_FAILURE);
            assertThat(refusal.text()).contains("not available")
                    .doesNotContain(String.valueOf(downPort)).doesNotContain("127.0.0.1").doesNotContain("localhost");
        });
        List<String> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("could not reach")).toList();
        assertThat(warnings).as("warnings for %d refused clients", ATTEMPTS).hasSizeBetween(1, 2);
        assertThat(warnings.get(0)).as("the operator's log names the server").contains("127.0.0.1:" + downPort);
    }

    /** A port nothing listens on: connecting to it is refused at once, as a stopped server's is. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
