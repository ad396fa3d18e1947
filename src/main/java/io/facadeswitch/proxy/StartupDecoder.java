package io.facadeswitch.proxy;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one startup-phase packet from the bytes a client has sent so far. Every length and
 * string is checked against what was actually received: nothing a client sends can make it read
 * past the packet, allocate more than {@link StartupPacket#MAX_LENGTH} or loop.
 */
final class StartupDecoder {

    static final String PROTOCOL_VIOLATION = "08P01";
    static final String FEATURE_NOT_SUPPORTED = "0A000";
    private static final int MAX_CANCEL_KEY = 256;

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
            return new StartupPacket.Invalid(PROTOCOL_VIOLATION, "invalid length of startup packet: " + length);
        }
        if (in.readableBytes() < length) {
            return null;
        }
        int code = in.getInt(start + 4);
        ByteBuf body = in.slice(start + 8, length - 8);
        in.skipBytes(length);
        if (code == StartupPacket.SSL_REQUEST || code == StartupPacket.GSSENC_REQUEST) {
            if (length != 8) {
                return new StartupPacket.Invalid(PROTOCOL_VIOLATION, "invalid length of SSL or GSS request: " + length);
            }
            return code == StartupPacket.SSL_REQUEST ? new StartupPacket.SslRequest() : new StartupPacket.GssEncRequest();
        }
        if (code == StartupPacket.CANCEL_REQUEST) {
            int keyLength = length - 12;
            if (keyLength < 4 || keyLength > MAX_CANCEL_KEY) {
                return new StartupPacket.Invalid(PROTOCOL_VIOLATION, "invalid length of cancel request: " + length);
            }
            byte[] packet = new byte[length];
            in.getBytes(start, packet);
            return new StartupPacket.CancelRequest(packet);
        }
        int major = code >>> 16;
        if (major != 3) {
            return new StartupPacket.Invalid(FEATURE_NOT_SUPPORTED, "unsupported frontend protocol " + major + "."
                    + (code & 0xFFFF) + ": the proxy speaks protocol 3");
        }
        return parameters(code, body);
    }

    private static StartupPacket parameters(int version, ByteBuf body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int position = body.readerIndex();
        int end = body.writerIndex();
        while (true) {
            if (position >= end) {
                return new StartupPacket.Invalid(PROTOCOL_VIOLATION, "invalid startup packet layout: expected terminator"
                        + " as last byte");
            }
            if (body.getByte(position) == 0) {
                if (position != end - 1) {
                    return new StartupPacket.Invalid(PROTOCOL_VIOLATION, "invalid startup packet layout: bytes after"
                            + " the terminator");
                }
                break;
            }
            int nameEnd = body.indexOf(position, end, (byte) 0);
            if (nameEnd < 0) {
                return new StartupPacket.Invalid(PROTOCOL_VIOLATION, "invalid startup packet layout: unterminated name");
            }
            int valueEnd = body.indexOf(nameEnd + 1, end, (byte) 0);
            if (valueEnd < 0) {
                return new StartupPacket.Invalid(PROTOCOL_VIOLATION, "invalid startup packet layout: unterminated value");
            }
            // Latin-1 maps every byte to one char and back: the packet goes upstream byte for byte.
            String name = body.toString(position, nameEnd - position, StandardCharsets.ISO_8859_1);
            String value = body.toString(nameEnd + 1, valueEnd - nameEnd - 1, StandardCharsets.ISO_8859_1);
            if (parameters.put(name, value) != null) {
                return new StartupPacket.Invalid(PROTOCOL_VIOLATION, "startup parameter \"" + printable(name)
                        + "\" given twice");
            }
            position = valueEnd + 1;
        }
        if (parameters.get("user") == null || parameters.get("user").isEmpty()) {
            return new StartupPacket.Invalid("28000", "no PostgreSQL user name specified in startup packet");
        }
        return new StartupPacket.Startup(version, parameters);
    }

    /** For messages: a name from the wire, cut short and without control characters. */
    static String printable(String s) {
        String cut = s.length() > 64 ? s.substring(0, 64) + "…" : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
