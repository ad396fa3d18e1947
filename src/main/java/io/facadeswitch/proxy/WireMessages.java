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
    /** The statement and portal of the proxy's own questions (the login check, the search_path check). */
    static final String CHECK_STATEMENT = "facade_switch_check";
    /** ErrorResponse fields: severity, severity never translated, the message. */
    private static final byte SEVERITY = 'S';
    private static final byte SEVERITY_NOT_LOCALIZED = 'V';
    private static final byte MESSAGE = 'M';
    /**
     * May the login become a superuser, 't' or 'f': is it one, or a member of one (it could then
     * {@code SET ROLE} to it and back within one query, unreported)? That also covers a role
     * default ({@code ALTER ROLE … SET role}), which only a member can have. Every name is
     * qualified: nothing the client set can answer.
     */
    private static final String LOGIN_CHECK = "SELECT EXISTS (SELECT FROM pg_catalog.pg_roles s WHERE s.rolsuper"
            + " AND pg_catalog.pg_has_role(session_user, s.oid, 'MEMBER'))";
    /**
     * Puts the colour back if, and only if, search_path is now the session's first value (what
     * RESET ALL, DISCARD ALL or SET … TO DEFAULT put there) and not the colour already: one row
     * when it did. The colour goes as a parameter.
     */
    private static final String RESTORE = "SELECT pg_catalog.set_config('search_path', $1, false)"
            + " FROM pg_catalog.pg_settings s WHERE s.name OPERATOR(pg_catalog.=) 'search_path'"
            + " AND s.setting OPERATOR(pg_catalog.=) s.reset_val AND s.setting OPERATOR(pg_catalog.<>) $1";

    private WireMessages() {
    }

    /** An ErrorResponse with severity FATAL, as the server sends before closing a connection. */
    static ByteBuf fatal(ByteBufAllocator alloc, String sqlState, String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        ByteBuf out = alloc.buffer(32 + text.length);
        out.writeByte(BackendMessage.ERROR_RESPONSE).writeInt(0);
        field(out, SEVERITY, "FATAL");
        field(out, SEVERITY_NOT_LOCALIZED, "FATAL");
        field(out, BackendMessage.FIELD_SQLSTATE, sqlState);
        out.writeByte(MESSAGE).writeBytes(text).writeByte(0);
        out.writeByte(0);
        out.setInt(1, out.writerIndex() - 1);
        return out;
    }

    /**
     * Close, Parse, Bind, Execute, Close and Sync of {@code SET search_path} for one colour, in the
     * extended protocol with a named statement and portal: a simple Query would destroy the
     * client's unnamed prepared statement. The first Close clears a statement left by a move that
     * failed half-way (closing a missing statement is no error), and its CloseComplete is how the
     * proxy tells its own replies from the last ones to the client. Built once per colour; each
     * move sends a duplicate.
     */
    static ByteBuf moveCommand(Colour colour) {
        return command(MOVE_STATEMENT, "SET search_path TO " + colour.schema());
    }

    /** The login check: whether the login may become a superuser. */
    static ByteBuf loginCheck() {
        return command(CHECK_STATEMENT, LOGIN_CHECK);
    }

    /**
     * The verify: a Close of the check statement (no client's; closing a missing one is no error)
     * and a Sync. Its CloseComplete comes after every reply to what the client sent before it,
     * its ReadyForQuery says whether the server is then idle; it changes nothing.
     */
    static ByteBuf verifyCommand() {
        byte[] name = (CHECK_STATEMENT + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuf out = Unpooled.buffer(32);
        message(out, FrontendMessage.CLOSE, () -> out.writeByte(FrontendMessage.STATEMENT).writeBytes(name));
        message(out, FrontendMessage.SYNC, () -> { });
        return out;
    }

    /** Puts the colour back if search_path was reset to the session's first value (see {@link #RESTORE}). */
    static ByteBuf restoreCommand(Colour colour) {
        return command(CHECK_STATEMENT, RESTORE, colour.schema());
    }

    private static ByteBuf command(String statement, String query, String... parameters) {
        byte[] name = (statement + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] sql = (query + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuf out = Unpooled.buffer(64 + sql.length);
        message(out, FrontendMessage.CLOSE, () -> out.writeByte(FrontendMessage.STATEMENT).writeBytes(name));
        message(out, FrontendMessage.PARSE, () -> out.writeBytes(name).writeBytes(sql).writeShort(0));
        message(out, FrontendMessage.BIND, () -> {
            out.writeBytes(name).writeBytes(name).writeShort(0).writeShort(parameters.length);
            for (String parameter : parameters) {
                byte[] value = parameter.getBytes(StandardCharsets.UTF_8);
                out.writeInt(value.length).writeBytes(value);
            }
            out.writeShort(0);
        });
        message(out, FrontendMessage.EXECUTE, () -> out.writeBytes(name).writeInt(0));
        message(out, FrontendMessage.CLOSE, () -> out.writeByte(FrontendMessage.STATEMENT).writeBytes(name));
        message(out, FrontendMessage.SYNC, () -> { });
        return Unpooled.unreleasableBuffer(out.asReadOnly());
    }

    /**
     * Column {@code index} of a DataRow body as text (the proxy asks in text format), or
     * {@code null} when it is NULL or the row is short or malformed.
     */
    static String column(ByteBuf row, int bodyStart, int bodyLength, int index) {
        if (bodyLength < 2 || row.getShort(bodyStart) <= index) {
            return null;
        }
        int at = bodyStart + 2;
        int end = bodyStart + bodyLength;
        for (int i = 0; ; i++) {
            if (at + 4 > end) {
                return null;
            }
            int length = row.getInt(at);
            at += 4;
            if (length > end - at) {
                return null;
            }
            if (i == index) {
                return length < 0 ? null : row.toString(at, length, StandardCharsets.UTF_8);
            }
            at += Math.max(length, 0);
        }
    }

    private static void message(ByteBuf out, byte type, Runnable body) {
        out.writeByte(type);
        int lengthAt = out.writerIndex();
        out.writeInt(0);
        body.run();
        out.setInt(lengthAt, out.writerIndex() - lengthAt);
    }

    private static void field(ByteBuf out, byte code, String value) {
        out.writeByte(code).writeBytes(value.getBytes(StandardCharsets.UTF_8)).writeByte(0);
    }

    /** The SQLSTATE of an ErrorResponse body (its 'C' field), or {@code null} if not within the captured bytes. */
    static String sqlState(byte[] body, int length) {
        int start = sqlStateAt(body, length);
        int end = start;
        while (end >= 0 && end < length && body[end] != 0) {
            end++;
        }
        return start < 0 || end >= length ? null : new String(body, start, end - start, StandardCharsets.US_ASCII);
    }

    /** Index 0..1295 of the SQLSTATE class (first two characters) of an ErrorResponse body, or -1. */
    static int errorClass(byte[] body, int length) {
        int start = sqlStateAt(body, length);
        if (start < 0 || start + 1 >= length) {
            return -1;
        }
        int a = base36(body[start]);
        int b = base36(body[start + 1]);
        return a < 0 || b < 0 ? -1 : a * 36 + b;
    }

    /** Where the value of the SQLSTATE field starts in the captured bytes of an ErrorResponse, or -1. */
    private static int sqlStateAt(byte[] body, int length) {
        int i = 0;
        while (i < length && body[i] != 0) {
            if (body[i++] == BackendMessage.FIELD_SQLSTATE) {
                return i;
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
