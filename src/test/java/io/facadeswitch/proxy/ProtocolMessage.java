package io.facadeswitch.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One protocol message as a test writes and reads it: its type and its body, the body as Latin-1
 * text so that every byte is kept and two messages are equal when their bytes are. Built by hand
 * from PostgreSQL's "Message Formats", not with the proxy's own {@link WireMessages}, so that a
 * test compares the proxy's bytes with the protocol's rather than with themselves.
 */
record ProtocolMessage(char type, String body) {

    // ---- the client's ------------------------------------------------------------------------

    static ProtocolMessage query(String sql) {
        return new ProtocolMessage('Q', sql + "\0");
    }

    /** Parse into the unnamed statement, no parameter types given. */
    static ProtocolMessage parse(String sql) {
        return parse("", sql);
    }

    static ProtocolMessage parse(String statement, String sql) {
        return new ProtocolMessage('P', statement + "\0" + sql + "\0" + int16(0));
    }

    /** Bind of the unnamed statement to the unnamed portal, no parameters, text results. */
    static ProtocolMessage bind() {
        return bind("", "");
    }

    /** Bind with text parameters, text results. */
    static ProtocolMessage bind(String portal, String statement, String... parameters) {
        StringBuilder body = new StringBuilder(portal + "\0" + statement + "\0" + int16(0) + int16(parameters.length));
        for (String parameter : parameters) {
            body.append(int32(parameter.length())).append(parameter);
        }
        return new ProtocolMessage('B', body.append(int16(0)).toString());
    }

    /** Execute of the unnamed portal, every row. */
    static ProtocolMessage execute() {
        return execute("");
    }

    static ProtocolMessage execute(String portal) {
        return new ProtocolMessage('E', portal + "\0" + int32(0));
    }

    static ProtocolMessage sync() {
        return new ProtocolMessage('S', "");
    }

    static ProtocolMessage closeStatement(String statement) {
        return new ProtocolMessage('C', "S" + statement + "\0");
    }

    static ProtocolMessage copyFail(String why) {
        return new ProtocolMessage('f', why + "\0");
    }

    // ---- either side's -----------------------------------------------------------------------

    static ProtocolMessage copyData(String rows) {
        return new ProtocolMessage('d', rows);
    }

    static ProtocolMessage copyDone() {
        return new ProtocolMessage('c', "");
    }

    // ---- the server's ------------------------------------------------------------------------

    static ProtocolMessage authenticationOk() {
        return new ProtocolMessage('R', int32(0));
    }

    static ProtocolMessage parameterStatus(String name, String value) {
        return new ProtocolMessage('S', name + "\0" + value + "\0");
    }

    static ProtocolMessage backendKeyData(int pid, int key) {
        return new ProtocolMessage('K', int32(pid) + int32(key));
    }

    static ProtocolMessage readyForQuery(byte status) {
        return new ProtocolMessage('Z', String.valueOf((char) status));
    }

    static ProtocolMessage parseComplete() {
        return new ProtocolMessage('1', "");
    }

    static ProtocolMessage bindComplete() {
        return new ProtocolMessage('2', "");
    }

    static ProtocolMessage closeComplete() {
        return new ProtocolMessage('3', "");
    }

    static ProtocolMessage commandComplete(String tag) {
        return new ProtocolMessage('C', tag + "\0");
    }

    /** A row of one text column. */
    static ProtocolMessage dataRow(String value) {
        return new ProtocolMessage('D', int16(1) + int32(value.length()) + value);
    }

    /** COPY in text format, one column. */
    static ProtocolMessage copyInResponse() {
        return new ProtocolMessage('G', "\0" + int16(1) + int16(0));
    }

    static ProtocolMessage copyOutResponse() {
        return new ProtocolMessage('H', "\0" + int16(1) + int16(0));
    }

    static ProtocolMessage errorResponse(String sqlState, String message) {
        return new ProtocolMessage('E', "SERROR\0VERROR\0C" + sqlState + "\0M" + message + "\0\0");
    }

    /** The ErrorResponse a server sends before it closes a connection. */
    static ProtocolMessage fatal(String sqlState, String message) {
        return new ProtocolMessage('E', "SFATAL\0VFATAL\0C" + sqlState + "\0M" + message + "\0\0");
    }

    // ---- bytes -------------------------------------------------------------------------------

    byte[] bytes() {
        byte[] content = body.getBytes(StandardCharsets.ISO_8859_1);
        return ByteBuffer.allocate(5 + content.length).put((byte) type).putInt(4 + content.length).put(content)
                .array();
    }

    /** The messages one after the other, as one stream. */
    static byte[] stream(List<ProtocolMessage> messages) {
        ByteBuf all = Unpooled.buffer();
        messages.forEach(m -> all.writeBytes(m.bytes()));
        byte[] bytes = new byte[all.readableBytes()];
        all.readBytes(bytes);
        return bytes;
    }

    /** Reads every whole message off the stream; a message still partial stays in it. */
    static List<ProtocolMessage> readAll(ByteBuf stream) {
        List<ProtocolMessage> messages = new ArrayList<>();
        while (stream.readableBytes() >= 5 && stream.readableBytes() >= 1 + stream.getInt(stream.readerIndex() + 1)) {
            char type = (char) stream.readByte();
            int length = stream.readInt();
            messages.add(new ProtocolMessage(type, stream.readCharSequence(length - 4, StandardCharsets.ISO_8859_1)
                    .toString()));
        }
        stream.discardReadBytes();
        return messages;
    }

    private static String int16(int value) {
        return new String(ByteBuffer.allocate(2).putShort((short) value).array(), StandardCharsets.ISO_8859_1);
    }

    private static String int32(int value) {
        return new String(ByteBuffer.allocate(4).putInt(value).array(), StandardCharsets.ISO_8859_1);
    }

    /** The type, then the body with NULs as '·' and other unprintable bytes in hex, for failure messages. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(type).append(' ');
        for (char c : body.toCharArray()) {
            if (c == 0) {
                text.append('·');
            } else if (c < 0x20 || c > 0x7e) {
                text.append(String.format("\\x%02x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
