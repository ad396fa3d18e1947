package io.facadeswitch.proxy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The first packets a client may send, before the regular message stream begins. */
sealed interface StartupPacket {

    int SSL_REQUEST = 80877103;
    int GSSENC_REQUEST = 80877104;
    int CANCEL_REQUEST = 80877102;
    /** The longest packet PostgreSQL reads: MAX_STARTUP_PACKET_LENGTH (10,000) after the length word. */
    int MAX_LENGTH = 10_004;

    record SslRequest() implements StartupPacket {
    }

    record GssEncRequest() implements StartupPacket {
    }

    /** Forwarded to the server as sent: the key the client holds is the server's own. */
    record CancelRequest(byte[] packet) implements StartupPacket {
    }

    /**
     * Bytes PostgreSQL would not read as a packet at all (an impossible length word, a cancel
     * request of the wrong size): it logs them and closes the connection without a word.
     */
    record Unframed(String reason) implements StartupPacket {
    }

    /** One name and value of a StartupMessage, as the raw bytes read as Latin-1 characters. */
    record Parameter(String name, String value) {
    }

    /**
     * A StartupMessage: protocol version and parameters, in the order the client sent them,
     * duplicates included (the server lets the last one win).
     *
     * @param raw          the packet as received
     * @param serverRefuses what the server will refuse it for (a layout, version or user problem),
     *                     or {@code null}; such a packet goes upstream as it came, so the client gets
     *                     the server's own answer
     */
    record Startup(int protocolVersion, List<Parameter> parameters, byte[] raw, String serverRefuses)
            implements StartupPacket {

        public Startup {
            parameters = List.copyOf(parameters);
        }

        /** A parameter's raw value (its bytes as Latin-1 characters); the last one given wins, as in the server. */
        String parameter(String name) {
            return last(name, false);
        }

        /**
         * A setting's value as the server takes it: a setting's name in any case (SEARCH_PATH is
         * search_path), the last one given winning.
         */
        String setting(String name) {
            return last(name, true);
        }

        private String last(String name, boolean anyCase) {
            String value = null;
            for (Parameter p : parameters) {
                if (anyCase ? p.name().equalsIgnoreCase(name) : p.name().equals(name)) {
                    value = p.value();
                }
            }
            return value;
        }

        /** A parameter's value read as UTF-8, as clients send names. */
        String parameterText(String name) {
            return utf8(parameter(name));
        }

        /** A setting's value ({@link #setting}) read as UTF-8. */
        String settingText(String name) {
            return utf8(setting(name));
        }

        private static String utf8(String raw) {
            return raw == null ? null : new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }

        /**
         * The setting (role, session_authorization) that would change who the session acts as,
         * given as a startup parameter or in {@code options}; {@code null} when there is none.
         */
        String identityChange() {
            for (Parameter p : parameters) {
                if (StartupOptions.changesIdentity(p.name())) {
                    return p.name();
                }
            }
            String options = parameter("options");
            return options == null ? null : StartupOptions.identityChange(options);
        }

        /** The packet to send upstream: the client's parameters with every {@code search_path} replaced by one. */
        byte[] encodeWithSearchPath(String searchPath) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(raw.length + 32);
            for (Parameter p : parameters) {
                if (!p.name().toLowerCase(Locale.ROOT).equals("search_path")) {
                    write(body, p.name());
                    write(body, p.value());
                }
            }
            if (searchPath != null) {
                write(body, "search_path");
                write(body, searchPath);
            }
            body.write(0);
            int length = 8 + body.size();
            return ByteBuffer.allocate(length).putInt(length).putInt(protocolVersion).put(body.toByteArray()).array();
        }

        private static void write(ByteArrayOutputStream out, String latin1) {
            // Latin-1 gives every byte back as it came: the packet goes upstream byte for byte.
            out.writeBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
            out.write(0);
        }
    }
}
