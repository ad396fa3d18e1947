package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.WireClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What clients send is not trusted: bad input ends that connection (with an ErrorResponse where
 * PostgreSQL sends one, without a word where it sends none), and nobody else notices.
 */
class WireSafetyTest extends ProxyTestBase {

    @Override
    protected Map<String, Object> proxySettings() {
        return Map.of("facade.proxy.startup-timeout", "700ms", "facade.proxy.max-message-size", "65536");
    }

    @Test
    void aStartupPacketWithAnImpossibleLengthIsDroppedWithoutAWordAsTheServerDoes() throws Exception {
        for (int length : new int[] {3, 7, 20_000, -1}) {
            try (WireClient client = WireClient.connect(proxyPort(), 3_000)) {
                client.send(ByteBuffer.allocate(8).putInt(length).putInt(196608).array());
                assertThat(client.rawInput().read()).as("length %d", length).isEqualTo(-1);
            }
        }
    }

    @Test
    void aStartupPacketWithoutAUserGetsTheServersOwnRefusal() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 3_000)) {
            client.send(WireClient.startupPacket(Map.of("database", "x")));
            WireClient.Message reply = client.read();
            assertThat(reply.sqlState()).isEqualTo("28000");
            assertThat(reply.text()).contains("no PostgreSQL user name specified");
            assertThat(client.closedByPeer()).isTrue();
        }
    }

    @Test
    void aTruncatedStartupPacketIsDroppedWithoutAWordWhenTheStartupTimeoutEnds() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 5_000)) {
            client.send(new byte[] {0, 0, 0, 100, 0, 3});
            long start = System.nanoTime();

            assertThat(client.rawInput().read()).as("no ErrorResponse, just the end").isEqualTo(-1);
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(300L, 4_000L);
        }
    }


    @Test
    void sslAndGssEncryptionRequestsAreAnsweredNoWhenTlsIsOffAndTheStartupGoesOn() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 3_000)) {
            client.send(ByteBuffer.allocate(8).putInt(8).putInt(80877104).array());
            assertThat(readByte(client)).isEqualTo('N');
            client.send(ByteBuffer.allocate(8).putInt(8).putInt(80877103).array());
            assertThat(readByte(client)).isEqualTo('N');
            var hello = client.startup(Map.of("user", appRole, "database", db.name()));
            assertThat(hello.get(hello.size() - 1).type()).isEqualTo('Z');
        }
    }

    @Test
    void aSecondGssEncryptionRequestIsRefused() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 3_000)) {
            client.send(ByteBuffer.allocate(8).putInt(8).putInt(80877104).array());
            assertThat(readByte(client)).isEqualTo('N');
            client.send(ByteBuffer.allocate(8).putInt(8).putInt(80877104).array());
            WireClient.Message reply = client.read();
            assertThat(reply.sqlState()).isEqualTo("0A000");
            assertThat(reply.text()).contains("unsupported frontend protocol 1234.5680");
            assertThat(client.closedByPeer()).isTrue();
        }
    }

    @Test
    void bytesSentAfterAnSslRequestBeforeItsAnswerAreRefused() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 3_000)) {
            byte[] startup = WireClient.startupPacket(Map.of("user", "postgres"));
            client.send(ByteBuffer.allocate(8 + startup.length).putInt(8).putInt(80877103).put(startup).array());
            assertThat(readByte(client)).isEqualTo('N');
            WireClient.Message reply = client.read();
            assertThat(reply.sqlState()).isEqualTo("08P01");
            assertThat(reply.text()).contains("received unencrypted data after SSL request");
        }
    }

    @Test
    void aDirectTlsHandshakeIsDroppedAsByAServerWithoutDirectTls() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 3_000)) {
            client.send(new byte[] {0x16, 0x03, 0x01, 0x00, 0x10, 0x01, 0, 0, 0, 0});
            assertThat(client.rawInput().read()).isEqualTo(-1);
        }
    }

    @Test
    void aMessageWithABadLengthAfterStartupClosesThatConnectionOnly() throws Exception {
        try (Connection other = connect("app-2");
             WireClient client = WireClient.connect(proxyPort(), 3_000)) {
            client.startup(Map.of("user", appRole, "database", db.name()));
            client.send(new byte[] {'Q', 0, 0, 0, 2});
            WireClient.Message reply = client.read();
            assertThat(reply.sqlState()).isEqualTo("08P01");
            assertThat(reply.text()).contains("invalid message length 2");
            assertThat(client.closedByPeer()).isTrue();
            assertThat(searchPath(other)).isEqualTo("facade_blue");
        }
    }

    @Test
    void aMessageOverTheSizeLimitIsRefused() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 3_000)) {
            client.startup(Map.of("user", appRole, "database", db.name()));
            client.send(ByteBuffer.allocate(5).put((byte) 'Q').putInt(1 << 20).array());
            assertThat(client.read().text()).contains("invalid message length 1048576");
        }
    }

    @Test
    void aHugeMessageSentBeforeTheSessionIsReadyIsRefusedAtItsHeader() throws Exception {
        try (WireClient client = WireClient.connect(proxyPort(), 3_000)) {
            // Sent with the startup packet, before any answer: the proxy would otherwise wait for
            // (and hold) a gigabyte before the session exists.
            byte[] startup = WireClient.startupPacket(Map.of("user", appRole, "database", db.name()));
            client.send(ByteBuffer.allocate(startup.length + 5).put(startup).put((byte) 'p').putInt(1 << 30).array());
            WireClient.Message reply;
            do {
                reply = client.read();
            } while (reply.type() != 'E');
            assertThat(reply.sqlState()).isEqualTo("08P01");
            assertThat(reply.text()).contains("invalid message length 1073741824").contains("before the session was ready");
            assertThat(client.closedByPeer()).isTrue();
        }
    }

    @Test
    void randomBytesNeverStopTheProxyServingOthers() throws Exception {
        Random random = new Random(20261121);
        try (Connection other = connect("app-2")) {
            for (int i = 0; i < 150; i++) {
                byte[] garbage = new byte[random.nextInt(64) + 1];
                random.nextBytes(garbage);
                if (i % 3 == 0 && garbage.length >= 8) { // a plausible length, so the decoder reads further
                    ByteBuffer.wrap(garbage).putInt(garbage.length);
                }
                try (WireClient client = WireClient.connect(proxyPort(), 3_000)) {
                    client.send(garbage);
                    assertThat(closesOrAnswers(client)).as("connection %d ends", i).isTrue();
                } catch (IOException reset) {
                    // the proxy may close before the write finishes: also an end
                }
                if (i % 50 == 0) {
                    assertThat(searchPath(other)).isEqualTo("facade_blue");
                }
            }
            try (Connection fresh = connect("app-3")) {
                assertThat(searchPath(fresh)).isEqualTo("facade_blue");
            }
        }
    }

    /** The proxy either answered and closed, or closed, within the startup timeout and a margin. */
    private static boolean closesOrAnswers(WireClient client) throws IOException {
        return client.closedByPeer();
    }

    private static char readByte(WireClient client) throws IOException {
        InputStream in = client.rawInput();
        return (char) in.read();
    }
}
