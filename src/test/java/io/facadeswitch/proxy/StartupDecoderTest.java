package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The startup packets as PostgreSQL's ProcessStartupPacket reads them, decoded from bytes
 * without a server; {@link StartupLikePostgresTest} compares the proxy with PostgreSQL itself on
 * malformed openings.
 */
class StartupDecoderTest {

    private static final int PROTOCOL_3_0 = 3 << 16;

    @Test
    void anSslRequestIsRecognisedAndConsumed() {
        ByteBuf in = Unpooled.wrappedBuffer(concat(code(8, StartupPacket.SSL_REQUEST), new byte[]{0x16, 0x03}));

        assertThat(StartupDecoder.decode(in)).isInstanceOf(StartupPacket.SslRequest.class);
        assertThat(in.readableBytes()).as("the TLS hello after it stays unread").isEqualTo(2);
    }

    @Test
    void aGssEncRequestIsRecognisedAndConsumed() {
        ByteBuf in = Unpooled.wrappedBuffer(code(8, StartupPacket.GSSENC_REQUEST));

        assertThat(StartupDecoder.decode(in)).isInstanceOf(StartupPacket.GssEncRequest.class);
        assertThat(in.isReadable()).isFalse();
    }

    @Test
    void aCancelRequestKeepsItsPacketAsSent() {
        byte[] packet = ByteBuffer.allocate(16).putInt(16).putInt(StartupPacket.CANCEL_REQUEST).putInt(4242)
                .putInt(0xCAFEBABE).array();
        ByteBuf in = Unpooled.wrappedBuffer(packet);

        StartupPacket decoded = StartupDecoder.decode(in);

        assertThat(decoded).isInstanceOfSatisfying(StartupPacket.CancelRequest.class,
                c -> assertThat(c.packet()).isEqualTo(packet));
        assertThat(in.isReadable()).isFalse();
    }

    @Test
    void aCancelRequestWithTheLongestKeyIsAccepted() {
        byte[] packet = Arrays.copyOf(code(12 + 256, StartupPacket.CANCEL_REQUEST), 12 + 256);

        assertThat(StartupDecoder.decode(Unpooled.wrappedBuffer(packet))).isInstanceOf(StartupPacket.CancelRequest.class);
    }

    @Test
    void aCancelRequestTooShortForAKeyIsUnframed() {
        byte[] packet = Arrays.copyOf(code(12, StartupPacket.CANCEL_REQUEST), 12);
        ByteBuf in = Unpooled.wrappedBuffer(packet);

        assertThat(StartupDecoder.decode(in)).isInstanceOfSatisfying(StartupPacket.Unframed.class,
                u -> assertThat(u.reason()).isEqualTo("invalid length of cancel request: 12"));
        assertThat(in.isReadable()).isFalse();
    }

    @Test
    void aCancelRequestLongerThanTheLongestKeyIsUnframed() {
        byte[] packet = Arrays.copyOf(code(12 + 257, StartupPacket.CANCEL_REQUEST), 12 + 257);

        assertThat(StartupDecoder.decode(Unpooled.wrappedBuffer(packet))).isInstanceOfSatisfying(
                StartupPacket.Unframed.class, u -> assertThat(u.reason()).isEqualTo("invalid length of cancel request: 269"));
    }

    @Test
    void aStartupMessageGivesItsParametersInOrder() {
        byte[] packet = startup(PROTOCOL_3_0, "user", "app", "database", "shop", "application_name", "psql");
        ByteBuf in = Unpooled.wrappedBuffer(packet);

        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(in);

        assertThat(startup.protocolVersion()).isEqualTo(PROTOCOL_3_0);
        assertThat(startup.parameters()).containsExactly(new StartupPacket.Parameter("user", "app"),
                new StartupPacket.Parameter("database", "shop"), new StartupPacket.Parameter("application_name", "psql"));
        assertThat(startup.raw()).isEqualTo(packet);
        assertThat(startup.serverRefuses()).isNull();
        assertThat(in.isReadable()).isFalse();
    }

    @Test
    void duplicateParametersAreKeptInOrderAndTheLastWins() {
        byte[] packet = startup(PROTOCOL_3_0, "user", "first", "search_path", "a", "user", "second");

        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        assertThat(startup.parameters()).extracting(StartupPacket.Parameter::value).containsExactly("first", "a", "second");
        assertThat(startup.parameter("user")).isEqualTo("second");
        assertThat(startup.serverRefuses()).isNull();
    }

    @Test
    void aStartupMessageWithoutItsTerminatorIsForTheServerToRefuse() {
        byte[] whole = startup(PROTOCOL_3_0, "user", "app");
        byte[] packet = withLength(Arrays.copyOf(whole, whole.length - 1));

        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        assertThat(startup.serverRefuses()).isEqualTo("invalid startup packet layout: expected terminator as last byte");
        assertThat(startup.raw()).as("goes upstream as it came").isEqualTo(packet);
    }

    @Test
    void aNameWithoutAValueIsForTheServerToRefuse() {
        byte[] packet = withLength(concat(code(0, PROTOCOL_3_0), latin1("user\0app\0lonely\0")));

        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        assertThat(startup.parameters()).containsExactly(new StartupPacket.Parameter("user", "app"));
        assertThat(startup.serverRefuses()).startsWith("invalid startup packet layout");
    }

    @Test
    void aStartupMessageWithoutAUserIsForTheServerToRefuse() {
        byte[] packet = startup(PROTOCOL_3_0, "database", "shop");

        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        assertThat(startup.serverRefuses()).isEqualTo("no PostgreSQL user name specified in startup packet");
    }

    @Test
    void protocolTwoIsForTheServerToRefuse() {
        byte[] packet = startup(2 << 16, "user", "app");

        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        assertThat(startup.serverRefuses()).isEqualTo("unsupported frontend protocol 2.0");
        assertThat(startup.raw()).isEqualTo(packet);
    }

    @Test
    void protocolFourIsForTheServerToRefuse() {
        byte[] packet = startup(4 << 16, "user", "app");

        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        assertThat(startup.serverRefuses()).isEqualTo("unsupported frontend protocol 4.0");
    }

    @Test
    void aLengthOfSevenIsUnframedAndEverythingReceivedIsDropped() {
        ByteBuf in = Unpooled.wrappedBuffer(concat(code(7, PROTOCOL_3_0), new byte[20]));

        assertThat(StartupDecoder.decode(in)).isInstanceOfSatisfying(StartupPacket.Unframed.class,
                u -> assertThat(u.reason()).isEqualTo("invalid length of startup packet: 7"));
        assertThat(in.isReadable()).isFalse();
    }

    @Test
    void aLengthOfEightIsAPacketWithNoRoomForItsTerminator() {
        ByteBuf in = Unpooled.wrappedBuffer(code(8, PROTOCOL_3_0));

        StartupPacket decoded = StartupDecoder.decode(in);

        assertThat(decoded).isInstanceOfSatisfying(StartupPacket.Startup.class,
                s -> assertThat(s.serverRefuses()).startsWith("invalid startup packet layout"));
        assertThat(in.isReadable()).isFalse();
    }

    @Test
    void theLongestPacketPostgresReadsIsAccepted() {
        byte[] packet = padded(StartupPacket.MAX_LENGTH);
        assertThat(packet).hasSize(10_004);

        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        assertThat(startup.serverRefuses()).isNull();
        assertThat(startup.parameter("user")).isEqualTo("app");
        assertThat(startup.raw()).hasSize(10_004);
    }

    @Test
    void aPacketOneByteLongerIsUnframedFromItsLengthWordAlone() {
        ByteBuf in = Unpooled.wrappedBuffer(ByteBuffer.allocate(4).putInt(10_005).array());

        assertThat(StartupDecoder.decode(in)).isInstanceOfSatisfying(StartupPacket.Unframed.class,
                u -> assertThat(u.reason()).isEqualTo("invalid length of startup packet: 10005"));
    }

    @Test
    void aNegativeLengthIsUnframed() {
        ByteBuf in = Unpooled.wrappedBuffer(code(-8, PROTOCOL_3_0));

        assertThat(StartupDecoder.decode(in)).isInstanceOfSatisfying(StartupPacket.Unframed.class,
                u -> assertThat(u.reason()).isEqualTo("invalid length of startup packet: -8"));
        assertThat(in.isReadable()).isFalse();
    }

    @Test
    void aPacketCutAtEveryOffsetIsNotDecodedOrConsumedUntilWhole() {
        byte[] packet = startup(PROTOCOL_3_0, "user", "app", "search_path", "x");

        for (int cut = 0; cut < packet.length; cut++) {
            ByteBuf in = Unpooled.buffer(packet.length).writeBytes(packet, 0, cut);

            assertThat(StartupDecoder.decode(in)).as("first %d bytes", cut).isNull();
            assertThat(in.readerIndex()).as("first %d bytes", cut).isZero();

            in.writeBytes(packet, cut, packet.length - cut);
            StartupPacket decoded = StartupDecoder.decode(in);
            assertThat(decoded).as("then the rest").isInstanceOfSatisfying(StartupPacket.Startup.class,
                    s -> assertThat(s.raw()).isEqualTo(packet));
            assertThat(in.isReadable()).isFalse();
        }
    }

    @Test
    void aPacketIsDecodedFromTheReaderIndexAndOnlyItIsConsumed() {
        byte[] first = code(8, StartupPacket.SSL_REQUEST);
        byte[] second = startup(PROTOCOL_3_0, "user", "app");
        ByteBuf in = Unpooled.wrappedBuffer(concat(first, second, new byte[]{'Q'}));

        assertThat(StartupDecoder.decode(in)).isInstanceOf(StartupPacket.SslRequest.class);
        assertThat(StartupDecoder.decode(in)).isInstanceOfSatisfying(StartupPacket.Startup.class,
                s -> assertThat(s.raw()).isEqualTo(second));
        assertThat(in.readableBytes()).isEqualTo(1);
    }

    @Test
    void theSearchPathIsReplacedAndEveryOtherParameterKeptByteForByte() {
        // Raw bytes a client may send: UTF-8 in a name, a lone high byte, an options string.
        byte[] packet = withLength(concat(code(0, PROTOCOL_3_0),
                latin1("user\0"), utf8("jürgen"), latin1("\0search_path\0evil, public\0"),
                latin1("options\0-c work_mem=64MB\0"), latin1("application_name\0"), new byte[]{(byte) 0xFF, 'x', 0},
                latin1("database\0shop\0\0")));
        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        byte[] encoded = startup.encodeWithSearchPath("facade_blue");

        byte[] expected = withLength(concat(code(0, PROTOCOL_3_0),
                latin1("user\0"), utf8("jürgen"), latin1("\0"),
                latin1("options\0-c work_mem=64MB\0"), latin1("application_name\0"), new byte[]{(byte) 0xFF, 'x', 0},
                latin1("database\0shop\0"), latin1("search_path\0facade_blue\0\0")));
        assertThat(encoded).isEqualTo(expected);
        assertThat(startup.parameterText("user")).isEqualTo("jürgen");
    }

    @Test
    void everySearchPathWhateverItsCaseIsReplacedByOne() {
        byte[] packet = startup(PROTOCOL_3_0, "search_path", "a", "user", "app", "SEARCH_PATH", "b", "Search_Path", "c");
        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        byte[] encoded = startup.encodeWithSearchPath("facade_green");

        assertThat(encoded).isEqualTo(startup(PROTOCOL_3_0, "user", "app", "search_path", "facade_green"));
    }

    @Test
    void withoutASearchPathTheClientsOnesAreDropped() {
        byte[] packet = startup(PROTOCOL_3_0, "user", "app", "search_path", "a", "database", "shop");
        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        assertThat(startup.encodeWithSearchPath(null)).isEqualTo(startup(PROTOCOL_3_0, "user", "app", "database", "shop"));
    }

    @Test
    void aSearchPathInAnyCaseIsTheSettingTheServerTakesTheLastOneWinning() {
        // Without a colour the proxy passes the client's own search_path on; PostgreSQL reads
        // setting names in any case, so SEARCH_PATH must not be dropped as if it were absent.
        byte[] packet = startup(PROTOCOL_3_0, "user", "app", "search_path", "a", "SEARCH_PATH", "b");
        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        assertThat(startup.setting("search_path")).isEqualTo("b");
        assertThat(startup.parameter("search_path")).as("the raw parameter lookup stays exact").isEqualTo("a");
        assertThat(startup.encodeWithSearchPath(startup.setting("search_path")))
                .isEqualTo(startup(PROTOCOL_3_0, "user", "app", "search_path", "b"));
    }

    @Test
    void anApplicationNameInAnyCaseNamesTheInstanceAsTheServerSetsIt() {
        byte[] packet = startup(PROTOCOL_3_0, "user", "app", "Application_Name", "app-7");
        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        assertThat(InstanceIdentity.of(startup, "facade.instance")).isEqualTo("app-7");
    }

    @Test
    void theEncodedPacketDecodesToTheSameParameters() {
        byte[] packet = startup(PROTOCOL_3_0, "user", "app", "database", "shop", "search_path", "x");
        StartupPacket.Startup startup = (StartupPacket.Startup) StartupDecoder.decode(Unpooled.wrappedBuffer(packet));

        StartupPacket.Startup again = (StartupPacket.Startup) StartupDecoder.decode(
                Unpooled.wrappedBuffer(startup.encodeWithSearchPath("facade_blue")));

        assertThat(again.serverRefuses()).isNull();
        assertThat(again.protocolVersion()).isEqualTo(PROTOCOL_3_0);
        assertThat(again.parameters()).containsExactly(new StartupPacket.Parameter("user", "app"),
                new StartupPacket.Parameter("database", "shop"), new StartupPacket.Parameter("search_path", "facade_blue"));
    }

    /** A StartupMessage of the given names and values, each NUL-terminated, then the terminator. */
    private static byte[] startup(int version, String... namesAndValues) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String s : namesAndValues) {
            body.writeBytes(latin1(s));
            body.write(0);
        }
        body.write(0);
        return withLength(concat(code(0, version), body.toByteArray()));
    }

    /** A valid StartupMessage of exactly {@code length} bytes: a user and a long application_name. */
    private static byte[] padded(int length) {
        byte[] head = latin1("user\0app\0application_name\0");
        byte[] value = new byte[length - 8 - head.length - 2];
        Arrays.fill(value, (byte) 'a');
        return withLength(concat(code(0, PROTOCOL_3_0), head, value, new byte[]{0, 0}));
    }

    /** A length word and a code (request code or protocol version). */
    private static byte[] code(int length, int code) {
        return ByteBuffer.allocate(8).putInt(length).putInt(code).array();
    }

    /** The packet with its length word set to its size. */
    private static byte[] withLength(byte[] packet) {
        ByteBuffer.wrap(packet).putInt(packet.length);
        return packet;
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
