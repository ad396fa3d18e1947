package io.facadeswitch.proxy;

import io.facadeswitch.routing.Colour;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The few messages the proxy writes itself. */
final class WireMessages {

    /** Names no application should use: the move must not touch the client's unnamed statement or portal. */
    static final String MOVE_STATEMENT = "facade_switch_move";

    private WireMessages() {
    }

    /** An ErrorResponse with severity FATAL, as the server sends before closing a connection. */
    static ByteBuf fatal(ByteBufAllocator alloc, String sqlState, String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        ByteBuf out = alloc.buffer(32 + text.length);
        out.writeByte('E').writeInt(0);
        field(out, 'S', "FATAL");
        field(out, 'V', "FATAL");
        field(out, 'C', sqlState);
        out.writeByte('M').writeBytes(text).writeByte(0);
        out.writeByte(0);
        out.setInt(1, out.writerIndex() - 1);
        return out;
    }

    /**
     * Close, Parse, Bind, Execute, Close and Sync of {@code SET search_path} for one colour, in the
     * extended protocol with a named statement and portal: a simple Query would destroy the
     * client's unnamed prepared statement. The first Close clears a statement left by a move that
     * failed half-way (closing a missing statement is no error). Built once per colour; each move
     * sends a duplicate.
     */
    static ByteBuf moveCommand(Colour colour) {
        byte[] name = (MOVE_STATEMENT + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] sql = ("SET search_path TO " + colour.schema() + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuf out = Unpooled.buffer(160);
        message(out, 'C', () -> out.writeByte('S').writeBytes(name));
        message(out, 'P', () -> out.writeBytes(name).writeBytes(sql).writeShort(0));
        message(out, 'B', () -> out.writeBytes(name).writeBytes(name).writeShort(0).writeShort(0).writeShort(0));
        message(out, 'E', () -> out.writeBytes(name).writeInt(0));
        message(out, 'C', () -> out.writeByte('S').writeBytes(name));
        message(out, 'S', () -> { });
        return Unpooled.unreleasableBuffer(out.asReadOnly());
    }

    private static void message(ByteBuf out, char type, Runnable body) {
        out.writeByte(type);
        int lengthAt = out.writerIndex();
        out.writeInt(0);
        body.run();
        out.setInt(lengthAt, out.writerIndex() - lengthAt);
    }

    private static void field(ByteBuf out, char code, String value) {
        out.writeByte(code).writeBytes(value.getBytes(StandardCharsets.UTF_8)).writeByte(0);
    }

    /** The SQLSTATE of an ErrorResponse body (its 'C' field), or {@code null} if not within the captured bytes. */
    static String sqlState(byte[] body, int length) {
        int i = 0;
        while (i < length && body[i] != 0) {
            byte field = body[i++];
            int start = i;
            while (i < length && body[i] != 0) {
                i++;
            }
            if (i >= length) {
                return null;
            }
            if (field == 'C') {
                return new String(body, start, i - start, StandardCharsets.US_ASCII);
            }
            i++;
        }
        return null;
    }

    /** Index 0..1295 of the SQLSTATE class (first two characters) of an ErrorResponse body, or -1. */
    static int errorClass(byte[] body, int length) {
        int i = 0;
        while (i < length && body[i] != 0) {
            byte field = body[i++];
            if (field == 'C' && i + 1 < length) {
                int a = base36(body[i]);
                int b = base36(body[i + 1]);
                return a < 0 || b < 0 ? -1 : a * 36 + b;
            }
            while (i < length && body[i] != 0) {
                i++;
            }
            i++;
        }
        return -1;
    }

    static String errorClassName(int index) {
        return ("" + Character.forDigit(index / 36, 36) + Character.forDigit(index % 36, 36)).toUpperCase(Locale.ROOT);
    }

    private static int base36(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Whether a captured body starts with the NUL-terminated {@code text}. */
    static boolean startsWith(byte[] body, int length, byte[] text) {
        if (length < text.length) {
            return false;
        }
        for (int i = 0; i < text.length; i++) {
            if (body[i] != text[i]) {
                return false;
            }
        }
        return true;
    }
}
