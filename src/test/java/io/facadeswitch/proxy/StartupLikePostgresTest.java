package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.WireClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each malformed or unusual opening sent byte for byte to PostgreSQL itself and to the proxy: the
 * client must not be able to tell them apart. What is compared is what a client sees: the single
 * bytes answering SSLRequest and GSSENCRequest, each message's type and SQLSTATE, and whether the
 * peer then closed, or stayed silent and open.
 */
class StartupLikePostgresTest extends ProxyTestBase {

    private static final int SSL = 80877103;
    private static final int GSS = 80877104;
    private static final int CANCEL = 80877102;
    private static final Pattern REFUSED = Pattern.compile(
            "^facade_proxy_refused_total\\{reason=\"([^\"]+)\"} ([0-9.E]+)$", Pattern.MULTILINE);

    static Stream<Arguments> openings() {
        return Stream.of(
                Arguments.of("Terminate before the startup packet (node-postgres connect then end)",
                        List.of(WireClient.message('X', new byte[0]))),
                Arguments.of("an HTTP request", List.of("GET / HTTP/1.1\r\nHost: db\r\n\r\n".getBytes(StandardCharsets.US_ASCII))),
                Arguments.of("length 3", List.of(header(3, 196608))),
                Arguments.of("length 7", List.of(header(7, 196608))),
                Arguments.of("length 10004, the most PostgreSQL takes", List.of(header(10_004, 196608))),
                Arguments.of("length 10005", List.of(header(10_005, 196608))),
                Arguments.of("length 20000", List.of(header(20_000, 196608))),
                Arguments.of("length -1", List.of(header(-1, 196608))),
                Arguments.of("two bytes, then nothing", List.of(new byte[] {0, 0})),
                Arguments.of("protocol 2.0", List.of(header(8, 2 << 16))),
                Arguments.of("protocol 4.0", List.of(header(8, 4 << 16))),
                Arguments.of("no user", List.of(startup(Map.of("database", "x")))),
                Arguments.of("no terminator", List.of(withoutTerminator())),
                Arguments.of("a name without a value", List.of(nameWithoutValue())),
                Arguments.of("a cancel request of the wrong length",
                        List.of(ByteBuffer.allocate(12).putInt(12).putInt(CANCEL).putInt(4242).array())),
                Arguments.of("a cancel request for no backend",
                        List.of(ByteBuffer.allocate(16).putInt(16).putInt(CANCEL).putInt(4242).putInt(17).array())),
                Arguments.of("SSLRequest twice", List.of(header(8, SSL), header(8, SSL))),
                Arguments.of("GSSENCRequest twice", List.of(header(8, GSS), header(8, GSS))),
                Arguments.of("SSLRequest then GSSENCRequest", List.of(header(8, SSL), header(8, GSS))),
                Arguments.of("GSSENCRequest then SSLRequest", List.of(header(8, GSS), header(8, SSL))),
                Arguments.of("SSLRequest with the startup packet right behind it",
                        List.of(concat(header(8, SSL), startup(Map.of("user", "nobody"))))),
                Arguments.of("an SSLRequest of length 12", List.of(ByteBuffer.allocate(12).putInt(12).putInt(SSL).array())),
                Arguments.of("a TLS ClientHello without SSLRequest",
                        List.of(new byte[] {0x16, 0x03, 0x01, 0x00, 0x10, 0x01, 0, 0, 0x0c, 0x03, 0x03, 0, 0, 0, 0})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openings")
    void theProxyAnswersAMalformedOpeningAsPostgresqlDoes(String what, List<byte[]> packets) throws Exception {
        List<String> answers = bothWays(packets);

        assertThat(answers.get(1)).as("through the proxy, against PostgreSQL itself").isEqualTo(answers.get(0));
    }

    static Stream<Arguments> countedOpenings() {
        return Stream.of(
                Arguments.of("Terminate before the startup packet", List.of(WireClient.message('X', new byte[0])),
                        "invalid"),
                Arguments.of("an HTTP request", List.of("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                        "invalid"),
                Arguments.of("length 3", List.of(header(3, 196608)), "invalid"),
                Arguments.of("SSLRequest twice", List.of(header(8, SSL), header(8, SSL)), "protocol"),
                Arguments.of("a TLS ClientHello without SSLRequest",
                        List.of(new byte[] {0x16, 0x03, 0x01, 0x00, 0x10, 0x01, 0, 0, 0x0c, 0x03, 0x03, 0, 0, 0, 0}), "tls"),
                Arguments.of("protocol 4.0", List.of(header(8, 4 << 16)), "startup"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("countedOpenings")
    void eachMalformedOpeningIsCountedOnceUnderItsReason(String what, List<byte[]> packets, String reason)
            throws Exception {
        Map<String, Double> before = refusedCounts();

        exchange(proxyPort(), packets);

        Map<String, Double> expected = new TreeMap<>(before);
        expected.merge(reason, 1.0, Double::sum);
        assertThat(refusedCounts()).as("facade_proxy_refused_total by reason").isEqualTo(expected);
    }

    @Test
    void aParameterGivenTwiceCountsAsTheServerCountsItTheLastOneWins() throws Exception {
        List<String> answers = bothWays(List.of(twice()));

        assertThat(answers.get(1)).isEqualTo(answers.get(0)).contains("Z");
    }

    @Test
    void aQuerySentRightBehindTheStartupPacketIsAnsweredOnceTheSessionIsReady() throws Exception {
        byte[] query = WireClient.message('Q', "SELECT 1\0".getBytes(StandardCharsets.UTF_8));
        List<String> answers = bothWays(List.of(concat(startup(Map.of("user", appRole, "database", db.name())), query)));

        // With trust, PostgreSQL logs the client in and then reads the Query it already has.
        assertThat(answers.get(1)).isEqualTo(answers.get(0)).contains("Z, T, D, C, Z");
    }

    /** facade_proxy_refused_total by its reason tag, as the replica's /prometheus shows it. */
    private Map<String, Double> refusedCounts() throws Exception {
        Map<String, Double> counts = new TreeMap<>();
        Matcher matcher = REFUSED.matcher(get(server, "/prometheus", null).body());
        while (matcher.find()) {
            counts.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        return counts;
    }

    /**
     * The same packets to PostgreSQL itself and to the proxy, at the same time (each exchange
     * waits out its read timeouts on its own socket): the answers, PostgreSQL's first.
     */
    private List<String> bothWays(List<byte[]> packets) throws Exception {
        CompletableFuture<String> direct = CompletableFuture.supplyAsync(() -> {
            try {
                return exchange(serverPort(), packets);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String proxied = exchange(proxyPort(), packets);
        return List.of(direct.get(30, TimeUnit.SECONDS), proxied);
    }

    private int serverPort() {
        return URI.create(db.url().substring("jdbc:".length())).getPort();
    }

    /**
     * Sends the packets one after another, reading whatever comes back after each (a single byte
     * answers SSLRequest and GSSENCRequest), and describes it.
     */
    private static String exchange(int port, List<byte[]> packets) throws IOException {
        List<String> seen = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1_500);
            InputStream in = socket.getInputStream();
            for (byte[] packet : packets) {
                try {
                    socket.getOutputStream().write(packet);
                    socket.getOutputStream().flush();
                } catch (IOException closed) {
                    seen.add("(closed before the write)");
                    break;
                }
                String answer = read(in);
                seen.add(answer);
                if (answer.endsWith("closed")) {
                    return String.join(" | ", seen);
                }
            }
            seen.add(read(in)); // whatever the last packet still brought
        }
        return String.join(" | ", seen);
    }

    /** What arrives within the timeout: "N", "S", messages as "E 08P01", then "closed" or "open". */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean closed = false;
        try {
            int b;
            while ((b = in.read()) >= 0) {
                bytes.write(b);
                if (bytes.size() == 1 && (b == 'N' || b == 'S' || b == 'G')) {
                    break; // a negotiation answer: the peer now waits for the client
                }
            }
            closed = b < 0;
        } catch (SocketTimeoutException quiet) {
            // nothing more for now
        } catch (SocketException reset) {
            closed = true;
        }
        return describe(bytes.toByteArray()) + (closed ? "closed" : bytes.size() == 1 ? "" : "open");
    }

    private static String describe(byte[] bytes) {
        if (bytes.length == 1) {
            return String.valueOf((char) bytes[0]);
        }
        StringBuilder text = new StringBuilder();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.remaining() >= 5) {
            char type = (char) buffer.get();
            int length = buffer.getInt();
            byte[] body = new byte[Math.min(length - 4, buffer.remaining())];
            buffer.get(body);
            text.append(type);
            if (type == 'E') {
                text.append(' ').append(new WireClient.Message(type, body).sqlState());
            }
            text.append(", ");
        }
        return text.toString();
    }

    private static byte[] header(int length, int code) {
        return ByteBuffer.allocate(8).putInt(length).putInt(code).array();
    }

    private static byte[] startup(Map<String, String> parameters) {
        return WireClient.startupPacket(new LinkedHashMap<>(parameters));
    }

    private static byte[] withoutTerminator() {
        byte[] packet = startup(Map.of("user", "nobody"));
        packet[packet.length - 1] = 'x';
        return packet;
    }

    /** user twice: the server lets the last one win, and the first names nobody. */
    private byte[] twice() {
        byte[] body = ("user\0nobody\0user\0" + appRole + "\0database\0" + db.name() + "\0\0")
                .getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length).putInt(196608).put(body).array();
    }

    private static byte[] nameWithoutValue() {
        byte[] name = "user\0".getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(8 + name.length).putInt(8 + name.length).putInt(196608).put(name).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }
}
