package io.facadeswitch.proxy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The first packets a client may send, before the regular message stream begins. */
sealed interface StartupPacket {

    int SSL_REQUEST = 80877103;
    int GSSENC_REQUEST = 80877104;
    int CANCEL_REQUEST = 80877102;
    /** PostgreSQL's own limit (MAX_STARTUP_PACKET_LENGTH). */
    int MAX_LENGTH = 10_000;

    record SslRequest() implements StartupPacket {
    }

    record GssEncRequest() implements StartupPacket {
    }

    /** Forwarded to the server as sent: the key the client holds is the server's own. */
    record CancelRequest(byte[] packet) implements StartupPacket {
    }

    /** A StartupMessage: protocol version and parameters, in the order the client sent them. */
    record Startup(int protocolVersion, Map<String, String> parameters) implements StartupPacket {

        public Startup {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        /** A parameter's raw value (its bytes as Latin-1 characters). */
        String parameter(String name) {
            return parameters.get(name);
        }

        /** A parameter's value read as UTF-8, as clients send names. */
        String parameterText(String name) {
            String raw = parameters.get(name);
            return raw == null ? null : new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }

        /** The packet to send upstream: the client's parameters with {@code search_path} replaced. */
        byte[] encodeWithSearchPath(String searchPath) {
            Map<String, String> rewritten = new LinkedHashMap<>(parameters);
            rewritten.remove("search_path");
            if (searchPath != null) {
                rewritten.put("search_path", searchPath);
            }
            int length = 8 + 1;
            for (Map.Entry<String, String> e : rewritten.entrySet()) {
                length += utf8(e.getKey()).length + 1 + utf8(e.getValue()).length + 1;
            }
            java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(length);
            out.putInt(length).putInt(protocolVersion);
            for (Map.Entry<String, String> e : rewritten.entrySet()) {
                out.put(utf8(e.getKey())).put((byte) 0).put(utf8(e.getValue())).put((byte) 0);
            }
            out.put((byte) 0);
            return out.array();
        }

        /** Parameters hold the packet's bytes as Latin-1 characters, so this gives the bytes back unchanged. */
        private static byte[] utf8(String s) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** Anything else: answered with an ErrorResponse and a close. */
    record Invalid(String sqlState, String message) implements StartupPacket {
    }
}
