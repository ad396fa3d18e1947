package io.facadeswitch.proxy;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one startup-phase packet from the bytes a client has sent so far, as PostgreSQL's
 * {@code ProcessStartupPacket} reads it. Every length and string is checked against what was
 * actually received: nothing a client sends can make it read past the packet, allocate more than
 * {@link StartupPacket#MAX_LENGTH} or loop.
 */
final class StartupDecoder {

    /** The longest cancel request: protocol 3.2 allows keys of up to 256 bytes. */
    private static final int MAX_CANCEL_LENGTH = 12 + 256;

    private StartupDecoder() {
    }

    /** The packet at the reader index, consuming it; {@code null} when more bytes are needed. */
    static StartupPacket decode(ByteBuf in) {
        if (in.readableBytes() < 4) {
            return null;
        }
        int start = in.readerIndex();
        int length = in.getInt(start);
        if (length < 8 || length > StartupPacket.MAX_LENGTH) {
            in.skipBytes(in.readableBytes());
            return new StartupPacket.Unframed("invalid length of startup packet: " + length);
        }
        if (in.readableBytes() < length) {
            return null;
        }
        int code = in.getInt(start + 4);
        byte[] raw = new byte[length];
        in.getBytes(start, raw);
        in.skipBytes(length);
        if (code == StartupPacket.SSL_REQUEST) {
            return new StartupPacket.SslRequest(); // the server does not look at the rest
        }
        if (code == StartupPacket.GSSENC_REQUEST) {
            return new StartupPacket.GssEncRequest();
        }
        if (code == StartupPacket.CANCEL_REQUEST) {
            if (length < 16 || length > MAX_CANCEL_LENGTH) {
                return new StartupPacket.Unframed("invalid length of cancel request: " + length);
            }
            return new StartupPacket.CancelRequest(raw);
        }
        return startup(code, raw);
    }

    /**
     * The parameters as the server walks them: names and values up to their NUL, stopping at an
     * empty name or at a name without a value; the layout is right when the walk ends on the
     * packet's last byte. Whatever the server would refuse is noted, not answered: the packet
     * then goes upstream unchanged and the client gets the server's own words.
     */
    private static StartupPacket.Startup startup(int version, byte[] raw) {
        List<StartupPacket.Parameter> parameters = new ArrayList<>();
        int major = version >>> 16;
        if (major != 3) {
            return new StartupPacket.Startup(version, parameters, raw, "unsupported frontend protocol " + major + "."
                    + (version & 0xFFFF));
        }
        int offset = 8;
        int end = raw.length;
        while (offset < end) {
            int nameEnd = terminator(raw, offset);
            if (nameEnd == offset) {
                break; // the packet's terminator
            }
            int valueStart = nameEnd + 1;
            if (valueStart >= end) {
                break; // a name without a value; the layout check below refuses it
            }
            int valueEnd = terminator(raw, valueStart);
            parameters.add(new StartupPacket.Parameter(latin1(raw, offset, nameEnd), latin1(raw, valueStart, valueEnd)));
            offset = valueEnd + 1;
        }
        String refusal = null;
        if (offset != end - 1) {
            refusal = "invalid startup packet layout: expected terminator as last byte";
        } else {
            StartupPacket.Startup parsed = new StartupPacket.Startup(version, parameters, raw, null);
            String user = parsed.parameter("user");
            if (user == null || user.isEmpty()) {
                refusal = "no PostgreSQL user name specified in startup packet";
            }
        }
        return new StartupPacket.Startup(version, parameters, raw, refusal);
    }

    /** Where the NUL-terminated string at {@code from} ends; the server reads a missing NUL as one past the end. */
    private static int terminator(byte[] raw, int from) {
        int i = from;
        while (i < raw.length && raw[i] != 0) {
            i++;
        }
        return i;
    }

    private static String latin1(byte[] raw, int from, int to) {
        return new String(raw, from, Math.min(to, raw.length) - from, StandardCharsets.ISO_8859_1);
    }

    /** For messages: a name from the wire, cut short and without control characters. */
    static String printable(String s) {
        String cut = s.length() > 64 ? s.substring(0, 64) + "…" : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
