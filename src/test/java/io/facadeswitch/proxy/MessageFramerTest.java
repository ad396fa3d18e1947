package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The framer on its own, fed bytes cut at every place TCP may cut them. The framer only looks:
 * the proxy forwards the same buffers afterwards, so every scan must leave their indexes alone.
 */
class MessageFramerTest {

    private static final int MAX = 1000;
    private static final int CAPTURE = 8;

    /** As the proxy frames the server's side: a few types captured, the rest only counted. */
    private final MessageFramer framer = new MessageFramer(MAX, CAPTURE, 'Z', 'E');
    private final Recorder sink = new Recorder();

    @Test
    void aMessageInOneBufferStartsThenEndsWithItsCapturedBody() {
        scanAll(message('Z', "I"));

        assertThat(sink.events).containsExactly("start Z 5", "end Z [I]");
    }

    @Test
    void severalMessagesInOneBufferAreFramedInOrder() {
        scanAll(concat(message('Z', "I"), message('D', "row"), message('E', "SERROR\0"), message('Z', "T")));

        assertThat(sink.events).containsExactly("start Z 5", "end Z [I]", "start D 7", "end D []",
                "start E 11", "end E [SERROR\0]", "start Z 5", "end Z [T]");
        assertThat(framer.atBoundary()).isTrue();
    }

    @Test
    void aStreamCutAtEveryOffsetIntoTwoBuffersFramesAsWhenWhole() {
        byte[] stream = concat(message('Z', "I"), message('D', "0123456789"), message('E', "C42601\0"));
        List<String> whole = framedWhole(stream);

        for (int cut = 1; cut < stream.length; cut++) {
            MessageFramer f = new MessageFramer(MAX, CAPTURE, 'Z', 'E');
            Recorder r = new Recorder();
            scan(f, r, stream, cut);
            assertThat(r.events).as("cut at %d", cut).isEqualTo(whole);
            assertThat(f.atBoundary()).as("cut at %d", cut).isTrue();
        }
    }

    @Test
    void aStreamCutAtEveryPairOfOffsetsIntoThreeBuffersFramesAsWhenWhole() {
        byte[] stream = concat(message('E', "SFATAL\0C08P01\0"), message('Z', "I"), message('S', ""));
        List<String> whole = framedWhole(stream);

        for (int first = 1; first < stream.length - 1; first++) {
            for (int second = first + 1; second < stream.length; second++) {
                MessageFramer f = new MessageFramer(MAX, CAPTURE, 'Z', 'E');
                Recorder r = new Recorder();
                scan(f, r, stream, first, second);
                assertThat(r.events).as("cut at %d and %d", first, second).isEqualTo(whole);
            }
        }
    }

    @Test
    void aHeaderCutAtEachOfItsOffsetsStartsTheMessageOnlyOnceItsLastByteArrives() {
        byte[] stream = message('Z', "I");
        for (int cut = 1; cut < 5; cut++) {
            MessageFramer f = new MessageFramer(MAX, CAPTURE, 'Z');
            Recorder r = new Recorder();

            assertThat(f.scan(Unpooled.wrappedBuffer(stream, 0, cut), r)).isTrue();
            assertThat(r.events).as("cut at %d", cut).isEmpty();
            assertThat(f.scan(Unpooled.wrappedBuffer(stream, cut, stream.length - cut), r)).isTrue();
            assertThat(r.events).as("cut at %d", cut).containsExactly("start Z 5", "end Z [I]");
        }
    }

    @Test
    void aBodyArrivingOneByteABufferIsCapturedWhole() {
        byte[] stream = concat(message('E', "C42P01\0"), message('D', "abcdefghij"));
        int[] everyByte = new int[stream.length - 1];
        Arrays.setAll(everyByte, i -> i + 1);

        scan(framer, sink, stream, everyByte);

        assertThat(sink.events).containsExactly("start E 11", "end E [C42P01\0]", "start D 14", "end D []");
    }

    @Test
    void aBodyLongerThanTheCaptureKeepsExactlyItsFirstBytes() {
        scanAll(message('E', "SERROR\0C42601\0Msyntax error\0\0"));

        assertThat(sink.events).containsExactly("start E 33", "end E [SERROR\0C]");
        assertThat(sink.lastCaptured).isEqualTo(CAPTURE);
    }

    @Test
    void aLongBodyCutInsideTheCaptureKeepsExactlyItsFirstBytes() {
        byte[] stream = message('E', "SERROR\0C42601\0Msyntax error\0\0");

        scan(framer, sink, stream, 7, 9, 20);

        assertThat(sink.events).containsExactly("start E 33", "end E [SERROR\0C]");
    }

    @Test
    void aBodyShorterThanTheCaptureIsCapturedWholeAndSaysHowLong() {
        scanAll(message('Z', "T"));

        assertThat(sink.lastCaptured).isEqualTo(1);
    }

    @Test
    void aTypeNotAskedForIsCountedButNotCaptured() {
        scanAll(message('D', "abcdef"), message('C', "SELECT 1\0"));

        assertThat(sink.events).containsExactly("start D 10", "end D []", "start C 13", "end C []");
        assertThat(sink.lastCaptured).isZero();
    }

    @Test
    void aCaptureAfterAnUncapturedMessageStartsFromNothing() {
        scanAll(message('Z', "I"), message('D', "abcdef"), message('E', "C"));

        assertThat(sink.events).containsExactly("start Z 5", "end Z [I]", "start D 10", "end D []",
                "start E 5", "end E [C]");
    }

    @Test
    void aLengthOfFourIsAnEmptyBodyAndEndsAtOnce() {
        scanAll(header('Z', 4), message('Z', "I"));

        assertThat(sink.events).containsExactly("start Z 4", "end Z []", "start Z 5", "end Z [I]");
        assertThat(framer.atBoundary()).isTrue();
    }

    @Test
    void aLengthOfThreeIsRefusedAndReported() {
        ByteBuf buf = Unpooled.wrappedBuffer(concat(message('Z', "I"), header('E', 3)));

        assertThat(framer.scan(buf, sink)).isFalse();

        assertThat(framer.badLength()).isEqualTo(3);
        assertThat(framer.lastType()).isEqualTo((byte) 'E');
        assertThat(sink.events).as("nothing starts on a bad length").containsExactly("start Z 5", "end Z [I]");
    }

    @Test
    void aNegativeLengthIsRefusedAndReported() {
        assertThat(framer.scan(Unpooled.wrappedBuffer(header('D', -1)), sink)).isFalse();

        assertThat(framer.badLength()).isEqualTo(-1);
        assertThat(framer.lastType()).isEqualTo((byte) 'D');
        assertThat(sink.events).isEmpty();
    }

    @Test
    void aLengthOfTheLimitIsAccepted() {
        byte[] stream = concat(header('D', MAX), new byte[MAX - 4]);

        scanAll(stream);

        assertThat(sink.events).containsExactly("start D " + MAX, "end D []");
    }

    @Test
    void aLengthOneOverTheLimitIsRefusedBeforeAnyOfItsBodyArrives() {
        assertThat(framer.scan(Unpooled.wrappedBuffer(header('Q', MAX + 1)), sink)).isFalse();

        assertThat(framer.badLength()).isEqualTo(MAX + 1);
        assertThat(framer.lastType()).isEqualTo((byte) 'Q');
        assertThat(sink.events).isEmpty();
    }

    @Test
    void aBadLengthSplitAcrossBuffersIsRefusedWhenItsLastByteArrives() {
        byte[] bad = header('Q', MAX + 1);

        assertThat(framer.scan(Unpooled.wrappedBuffer(bad, 0, 3), sink)).isTrue();
        assertThat(framer.scan(Unpooled.wrappedBuffer(bad, 3, 2), sink)).isFalse();
        assertThat(framer.badLength()).isEqualTo(MAX + 1);
        assertThat(framer.lastType()).isEqualTo((byte) 'Q');
    }

    @Test
    void theFramerIsAtABoundaryOnlyBetweenMessages() {
        byte[] stream = message('D', "abc");
        assertThat(framer.atBoundary()).as("before anything").isTrue();

        for (int i = 0; i < stream.length - 1; i++) {
            framer.scan(Unpooled.wrappedBuffer(stream, i, 1), sink);
            assertThat(framer.atBoundary()).as("after %d of %d bytes", i + 1, stream.length).isFalse();
        }
        framer.scan(Unpooled.wrappedBuffer(stream, stream.length - 1, 1), sink);

        assertThat(framer.atBoundary()).as("after the last byte").isTrue();
    }

    @Test
    void aScanLeavesTheBufferIndexesWhereTheyWere() {
        byte[] stream = concat(message('Z', "I"), message('E', "SERROR\0C42601\0\0"), message('D', "x"));
        ByteBuf buf = Unpooled.buffer(64).writeBytes(new byte[3]).writeBytes(stream).writeBytes(new byte[5]);
        buf.readerIndex(3).writerIndex(3 + stream.length);

        assertThat(framer.scan(buf, sink)).isTrue();

        assertThat(buf.readerIndex()).isEqualTo(3);
        assertThat(buf.writerIndex()).isEqualTo(3 + stream.length);
        assertThat(sink.events).containsExactly("start Z 5", "end Z [I]", "start E 19", "end E [SERROR\0C]",
                "start D 5", "end D []");
    }

    @Test
    void onlyTheReadableBytesAreScanned() {
        ByteBuf buf = Unpooled.buffer(32).writeBytes(header('Q', MAX + 1)).writeBytes(message('Z', "I"));
        buf.readerIndex(5); // the bad header before the reader index was sent already

        assertThat(framer.scan(buf, sink)).isTrue();

        assertThat(sink.events).containsExactly("start Z 5", "end Z [I]");
    }

    private void scanAll(byte[]... parts) {
        for (byte[] part : parts) {
            ByteBuf buf = Unpooled.wrappedBuffer(part);
            assertThat(framer.scan(buf, sink)).isTrue();
            assertThat(buf.readerIndex()).isZero();
        }
    }

    private static List<String> framedWhole(byte[] stream) {
        MessageFramer f = new MessageFramer(MAX, CAPTURE, 'Z', 'E');
        Recorder r = new Recorder();
        assertThat(f.scan(Unpooled.wrappedBuffer(stream), r)).isTrue();
        return r.events;
    }

    /** Scans {@code stream} as buffers cut at the given offsets, checking each buffer is left as it came. */
    private static void scan(MessageFramer f, Recorder r, byte[] stream, int... cuts) {
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : stream.length;
            ByteBuf buf = Unpooled.wrappedBuffer(stream, from, to - from);
            assertThat(f.scan(buf, r)).isTrue();
            assertThat(buf.readerIndex()).isZero();
            assertThat(buf.writerIndex()).isEqualTo(to - from);
            from = to;
        }
    }

    private static byte[] message(char type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        return concat(header(type, 4 + bytes.length), bytes);
    }

    private static byte[] header(char type, int length) {
        return ByteBuffer.allocate(5).put((byte) type).putInt(length).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Writes down each call, copying the captured bytes: the framer reuses its array. */
    private static final class Recorder implements MessageFramer.Sink {
        final List<String> events = new ArrayList<>();
        int lastCaptured = -1;

        @Override
        public void start(byte type, int length) {
            events.add("start " + (char) type + " " + length);
        }

        @Override
        public void end(byte type, byte[] body, int captured) {
            lastCaptured = captured;
            events.add("end " + (char) type + " [" + new String(body, 0, captured, StandardCharsets.ISO_8859_1) + "]");
        }
    }
}
