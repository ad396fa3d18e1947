package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.facadeswitch.routing.Colour;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The messages the proxy writes, decoded back one by one, and the helpers that read what the
 * server sends: those see only the framer's captured first bytes, so a field may be cut anywhere.
 */
class WireMessagesTest {

    private static final byte[] SYNTAX_ERROR = "SERROR\0VERROR\0C42601\0Msyntax error at or near \"selec\"\0\0"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void theSqlStateIsReadFromItsField() {
        assertThat(WireMessages.sqlState(SYNTAX_ERROR, SYNTAX_ERROR.length)).isEqualTo("42601");
    }

    @Test
    void aSqlStateCutShortBeforeItsTerminatorIsUnknown() {
        int beforeTerminator = indexOf(SYNTAX_ERROR, "C42601") + "C42601".length();

        for (int length = 0; length <= beforeTerminator; length++) {
            assertThat(WireMessages.sqlState(SYNTAX_ERROR, length)).as("first %d bytes", length).isNull();
        }
        assertThat(WireMessages.sqlState(SYNTAX_ERROR, beforeTerminator + 1)).isEqualTo("42601");
    }

    @Test
    void aBodyWithoutASqlStateHasNone() {
        byte[] body = "SERROR\0Mno code\0\0".getBytes(StandardCharsets.US_ASCII);

        assertThat(WireMessages.sqlState(body, body.length)).isNull();
        assertThat(WireMessages.errorClass(body, body.length)).isEqualTo(-1);
    }

    @Test
    void aBodyWhoseLastFieldHasNoTerminatorIsReadWithoutFailing() {
        byte[] body = "SERROR\0Mcut".getBytes(StandardCharsets.US_ASCII); // no NUL anywhere after the message text

        assertThat(WireMessages.sqlState(body, body.length)).isNull();
        assertThat(WireMessages.errorClass(body, body.length)).isEqualTo(-1);
    }

    @Test
    void everyCutOfAnErrorBodyIsReadWithoutFailing() {
        for (int length = 0; length <= SYNTAX_ERROR.length; length++) {
            int cut = length;
            assertThatCode(() -> {
                WireMessages.sqlState(SYNTAX_ERROR, cut);
                WireMessages.errorClass(SYNTAX_ERROR, cut);
                WireMessages.startsWith(SYNTAX_ERROR, cut, "SERROR\0".getBytes(StandardCharsets.US_ASCII));
            }).as("first %d bytes", length).doesNotThrowAnyException();
        }
    }

    @Test
    void theErrorClassIsTheFirstTwoCharactersOfTheSqlState() {
        int index = WireMessages.errorClass(SYNTAX_ERROR, SYNTAX_ERROR.length);

        assertThat(index).isEqualTo(4 * 36 + 2);
        assertThat(WireMessages.errorClassName(index)).isEqualTo("42");
    }

    @Test
    void errorClassesWithLettersNameThemselvesInCapitals() {
        for (String state : List.of("08P01", "XX000", "P0001", "0A000", "ZZ999")) {
            byte[] body = ("SFATAL\0C" + state + "\0\0").getBytes(StandardCharsets.US_ASCII);

            int index = WireMessages.errorClass(body, body.length);

            assertThat(index).as(state).isBetween(0, 1295);
            assertThat(WireMessages.errorClassName(index)).isEqualTo(state.substring(0, 2));
        }
    }

    @Test
    void theErrorClassNeedsOnlyItsTwoCharactersCaptured() {
        int at = indexOf(SYNTAX_ERROR, "C42601");

        assertThat(WireMessages.errorClass(SYNTAX_ERROR, at + 3)).isEqualTo(4 * 36 + 2);
        assertThat(WireMessages.errorClass(SYNTAX_ERROR, at + 2)).as("one character only").isEqualTo(-1);
    }

    @Test
    void anErrorClassOutsideTheSqlStateAlphabetIsUnknown() {
        byte[] body = "SERROR\0C4a000\0\0".getBytes(StandardCharsets.US_ASCII);

        assertThat(WireMessages.errorClass(body, body.length)).isEqualTo(-1);
    }

    @Test
    void startsWithComparesTheCapturedBytesOnly() {
        byte[] body = "facade_switch_check\0rest".getBytes(StandardCharsets.US_ASCII);
        byte[] name = "facade_switch_check\0".getBytes(StandardCharsets.US_ASCII);

        assertThat(WireMessages.startsWith(body, body.length, name)).isTrue();
        assertThat(WireMessages.startsWith(body, name.length, name)).isTrue();
        assertThat(WireMessages.startsWith(body, name.length - 1, name)).as("terminator not captured").isFalse();
        assertThat(WireMessages.startsWith(body, body.length, "facade_switch_move\0".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(WireMessages.startsWith(body, body.length, "facade_switch_chec\0".getBytes(StandardCharsets.US_ASCII)))
                .as("a prefix of the name is not the name").isFalse();
    }

    @Test
    void aColumnOfADataRowIsReadAsText() {
        ByteBuf row = dataRow("t", null, "facade_blue");

        assertThat(WireMessages.column(row, 0, row.readableBytes(), 0)).isEqualTo("t");
        assertThat(WireMessages.column(row, 0, row.readableBytes(), 1)).as("NULL").isNull();
        assertThat(WireMessages.column(row, 0, row.readableBytes(), 2)).isEqualTo("facade_blue");
    }

    @Test
    void aColumnIsReadFromABodyInsideALargerBuffer() {
        ByteBuf row = dataRow("ü", "x");
        int length = row.readableBytes();
        ByteBuf buf = Unpooled.buffer().writeBytes(new byte[]{'D', 0, 0, 0, 0}).writeBytes(row).writeBytes(new byte[]{'Z'});

        assertThat(WireMessages.column(buf, 5, length, 0)).isEqualTo("ü");
        assertThat(WireMessages.column(buf, 5, length, 1)).isEqualTo("x");
    }

    @Test
    void aColumnPastTheRowsCountIsNull() {
        ByteBuf row = dataRow("t");

        assertThat(WireMessages.column(row, 0, row.readableBytes(), 1)).isNull();
    }

    @Test
    void aRowCutAnywhereGivesNullRatherThanReadingPastIt() {
        ByteBuf row = dataRow("abc", "defgh");
        int whole = row.readableBytes();

        for (int length = 0; length < whole; length++) {
            int cut = length;
            assertThatCode(() -> WireMessages.column(row, 0, cut, 1)).as("first %d bytes", cut)
                    .doesNotThrowAnyException();
            assertThat(WireMessages.column(row, 0, cut, 1)).as("first %d bytes", cut).isNull();
        }
        assertThat(WireMessages.column(row, 0, whole, 1)).isEqualTo("defgh");
    }

    @Test
    void aRowClaimingMoreColumnsThanItHoldsGivesNull() {
        ByteBuf row = Unpooled.buffer().writeShort(3).writeInt(1).writeByte('t');

        assertThat(WireMessages.column(row, 0, row.readableBytes(), 0)).isEqualTo("t");
        assertThat(WireMessages.column(row, 0, row.readableBytes(), 2)).isNull();
    }

    @Test
    void aColumnLengthLongerThanTheRowGivesNull() {
        ByteBuf row = Unpooled.buffer().writeShort(1).writeInt(100).writeBytes("short".getBytes(StandardCharsets.US_ASCII));

        assertThat(WireMessages.column(row, 0, row.readableBytes(), 0)).isNull();
    }

    @Test
    void theMoveSetsTheColoursSearchPathThroughItsOwnStatement() {
        for (Colour colour : Colour.values()) {
            List<Message> messages = decode(WireMessages.moveCommand(colour));

            assertThat(messages).extracting(Message::type).containsExactly('C', 'P', 'B', 'E', 'C', 'S');
            assertExtendedCommand(messages, "facade_switch_move", "SET search_path TO " + colour.schema(), List.of());
        }
    }

    @Test
    void theLoginCheckAsksThroughTheCheckStatement() {
        List<Message> messages = decode(WireMessages.loginCheck());

        assertThat(messages).extracting(Message::type).containsExactly('C', 'P', 'B', 'E', 'C', 'S');
        Message parse = messages.get(1);
        String query = parse.reader().skipString().string();
        assertThat(query).startsWith("SELECT EXISTS").contains("rolsuper").contains("pg_catalog.pg_roles");
        assertExtendedCommand(messages, "facade_switch_check", query, List.of());
    }

    @Test
    void theRestorePassesTheColourAsItsOneParameter() {
        for (Colour colour : Colour.values()) {
            List<Message> messages = decode(WireMessages.restoreCommand(colour));

            assertThat(messages).extracting(Message::type).containsExactly('C', 'P', 'B', 'E', 'C', 'S');
            String query = messages.get(1).reader().skipString().string();
            assertThat(query).contains("set_config('search_path', $1, false)").doesNotContain(colour.schema());
            assertExtendedCommand(messages, "facade_switch_check", query, List.of(colour.schema()));
        }
    }

    @Test
    void theVerifyClosesTheCheckStatementAndSyncs() {
        List<Message> messages = decode(WireMessages.verifyCommand());

        assertThat(messages).extracting(Message::type).containsExactly('C', 'S');
        Reader close = messages.get(0).reader();
        assertThat(close.byte1()).isEqualTo((byte) 'S');
        assertThat(close.string()).isEqualTo("facade_switch_check");
        close.assertAtEnd();
        assertThat(messages.get(1).body()).isEmpty();
    }

    @Test
    void theBuiltCommandsAreReadOnlyAndEachDuplicateReadsFromTheStart() {
        ByteBuf move = WireMessages.moveCommand(Colour.BLUE);
        int readable = move.readableBytes();

        decode(move.duplicate());
        ByteBuf again = move.duplicate();

        assertThat(move.isReadOnly()).isTrue();
        assertThat(again.readableBytes()).isEqualTo(readable);
        assertThat(decode(again)).hasSize(6);
    }

    @Test
    void aFatalIsAnErrorResponseWithSeverityCodeAndMessage() {
        ByteBuf fatal = WireMessages.fatal(UnpooledByteBufAllocator.DEFAULT, "28000", "role \"ünknown\" is not permitted");

        List<Message> messages = decode(fatal);

        assertThat(messages).extracting(Message::type).containsExactly('E');
        Reader fields = messages.get(0).reader();
        List<String> read = new ArrayList<>();
        for (byte code = fields.byte1(); code != 0; code = fields.byte1()) {
            read.add((char) code + fields.string());
        }
        fields.assertAtEnd();
        assertThat(read).containsExactly("SFATAL", "VFATAL", "C28000", "Mrole \"ünknown\" is not permitted");
        byte[] body = messages.get(0).body();
        assertThat(WireMessages.sqlState(body, body.length)).isEqualTo("28000");
    }

    /** Close of the statement, Parse, Bind, Execute of the same name, Close again, then Sync. */
    private static void assertExtendedCommand(List<Message> messages, String name, String query, List<String> parameters) {
        Reader close = messages.get(0).reader();
        assertThat(close.byte1()).as("the first Close closes a statement").isEqualTo((byte) 'S');
        assertThat(close.string()).isEqualTo(name);
        close.assertAtEnd();

        Reader parse = messages.get(1).reader();
        assertThat(parse.string()).as("statement").isEqualTo(name);
        assertThat(parse.string()).isEqualTo(query);
        assertThat(parse.int16()).as("parameter types").isZero();
        parse.assertAtEnd();

        Reader bind = messages.get(2).reader();
        assertThat(bind.string()).as("portal").isEqualTo(name);
        assertThat(bind.string()).as("statement").isEqualTo(name);
        assertThat(bind.int16()).as("parameter formats: text").isZero();
        assertThat(bind.int16()).isEqualTo(parameters.size());
        for (String parameter : parameters) {
            byte[] value = parameter.getBytes(StandardCharsets.UTF_8);
            assertThat(bind.int32()).isEqualTo(value.length);
            assertThat(bind.bytes(value.length)).isEqualTo(value);
        }
        assertThat(bind.int16()).as("result formats: text").isZero();
        bind.assertAtEnd();

        Reader execute = messages.get(3).reader();
        assertThat(execute.string()).as("portal").isEqualTo(name);
        assertThat(execute.int32()).as("all rows").isZero();
        execute.assertAtEnd();

        assertThat(messages.get(4).body()).isEqualTo(messages.get(0).body());
        assertThat(messages.get(5).body()).isEmpty();
    }

    /** Splits a buffer into messages, checking each length counts itself and the last ends the buffer. */
    private static List<Message> decode(ByteBuf buf) {
        ByteBuf in = buf.duplicate();
        List<Message> messages = new ArrayList<>();
        while (in.isReadable()) {
            assertThat(in.readableBytes()).as("a whole header").isGreaterThanOrEqualTo(5);
            char type = (char) in.readByte();
            int length = in.readInt();
            assertThat(length).as("length of %s", type).isGreaterThanOrEqualTo(4);
            assertThat(in.readableBytes()).as("body of %s", type).isGreaterThanOrEqualTo(length - 4);
            byte[] body = new byte[length - 4];
            in.readBytes(body);
            messages.add(new Message(type, body));
        }
        return messages;
    }

    private static ByteBuf dataRow(String... values) {
        ByteBuf row = Unpooled.buffer().writeShort(values.length);
        for (String value : values) {
            if (value == null) {
                row.writeInt(-1);
            } else {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                row.writeInt(bytes.length).writeBytes(bytes);
            }
        }
        return row;
    }

    private static int indexOf(byte[] body, String text) {
        return new String(body, StandardCharsets.ISO_8859_1).indexOf(text);
    }

    private record Message(char type, byte[] body) {
        Reader reader() {
            return new Reader(ByteBuffer.wrap(body));
        }
    }

    /** Reads a body field by field, failing on a string without its terminator. */
    private record Reader(ByteBuffer in) {
        byte byte1() {
            return in.get();
        }

        int int16() {
            return in.getShort();
        }

        int int32() {
            return in.getInt();
        }

        byte[] bytes(int n) {
            byte[] out = new byte[n];
            in.get(out);
            return out;
        }

        String string() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte b = in.get(); b != 0; b = in.get()) {
                out.write(b);
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        Reader skipString() {
            string();
            return this;
        }

        void assertAtEnd() {
            assertThat(in.remaining()).as("bytes left in the body").isZero();
        }
    }
}
