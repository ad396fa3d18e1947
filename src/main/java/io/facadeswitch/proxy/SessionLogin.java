package io.facadeswitch.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.nio.charset.StandardCharsets;

/**
 * A session's login, message by message (a slow path: a few messages per connection). Until the
 * server has authenticated the client only password messages (and Terminate) go upstream;
 * anything else the client sends is held, in order. A server that asks for a password while
 * something is held gets what is held, and refuses it as it would. The server's first
 * ReadyForQuery is kept back: the client sees it only once the proxy's login check has passed,
 * so nothing the client sent runs before that answer.
 */
final class SessionLogin {

    /** Where the login is. */
    enum Phase {
        /** The server is authenticating the client. */
        AUTHENTICATING,
        /** Authenticated; the server is starting the session (parameters, key data). */
        STARTING,
        /** The proxy's login check is out; the client waits for its first ReadyForQuery. */
        CHECKING,
        /** Over: the session is the client's. */
        DONE
    }

    /** What the login needs of its session. */
    interface Session {
        /** The server's first ReadyForQuery came (with this status): time for the login check. */
        void authenticated(byte status);

        /** A ParameterStatus during the login, {@code name\0value\0}. */
        void parameter(String parameter);

        void refuse(String sqlState, String message);

        void close();

        boolean closed();
    }

    /** The most the client may send before its session is ready. */
    static final int MAX_HELD = 1 << 20;
    private static final int HEADER = 5;
    /** PostgreSQL's PG_MAX_AUTH_TOKEN_LENGTH: the longest password or SASL message it reads. */
    private static final int MAX_AUTH_MESSAGE = 65_535;
    /** Authentication requests the client must answer (cleartext, MD5, GSS, SSPI, SASL, SASL continue). */
    private static final int[] ANSWERED_AUTHENTICATION = {2, 3, 5, 7, 8, 9, 10, 11};

    private final Channel client;
    private final Channel server;
    private final Session session;
    private Phase phase = Phase.AUTHENTICATING;
    private ByteBuf fromClient;
    private ByteBuf held;
    private ByteBuf fromServer;
    private ByteBuf firstReady;

    SessionLogin(Channel client, Channel server, Session session) {
        this.client = client;
        this.server = server;
        this.session = session;
    }

    boolean done() {
        return phase == Phase.DONE;
    }

    Phase phase() {
        return phase;
    }

    /** The client's bytes during the login: passwords go on, the rest waits. */
    void fromClient(ByteBuf in) {
        if (fromClient == null) {
            fromClient = client.alloc().buffer(Math.max(64, in.readableBytes()));
        }
        fromClient.writeBytes(in);
        in.release();
        while (fromClient.readableBytes() >= HEADER) {
            int start = fromClient.readerIndex();
            byte type = fromClient.getByte(start);
            int length = fromClient.getInt(start + 1);
            boolean password = type == FrontendMessage.PASSWORD && phase == Phase.AUTHENTICATING;
            int limit = password ? MAX_AUTH_MESSAGE : MAX_HELD - (held == null ? 0 : held.readableBytes()) - 1;
            if (length < 4 || length > limit) {
                session.refuse(SqlStates.PROTOCOL_VIOLATION, "invalid message length " + length
                        + " for message type '" + (char) type
                        + "' before the session was ready: the proxy closes the connection");
                return;
            }
            if (fromClient.readableBytes() < 1 + length) {
                return;
            }
            ByteBuf message = fromClient.readRetainedSlice(1 + length);
            if (held == null && (type == FrontendMessage.TERMINATE || password)) {
                server.writeAndFlush(message, server.voidPromise());
            } else {
                hold(message);
            }
            if (session.closed()) {
                return; // refused, or a failed write ended the connection
            }
        }
    }

    private void hold(ByteBuf message) {
        if (held == null) {
            held = client.alloc().buffer(Math.max(64, message.readableBytes()));
        }
        if (held.readableBytes() + message.readableBytes() > MAX_HELD) {
            message.release();
            session.refuse(SqlStates.PROTOCOL_VIOLATION,
                    "more than " + MAX_HELD + " bytes sent before the session was ready");
            return;
        }
        held.writeBytes(message);
        message.release();
    }

    /** The server's bytes during the login: passed on, but for the first ReadyForQuery. */
    void fromServer(ByteBuf in) {
        if (fromServer == null) {
            fromServer = server.alloc().buffer(Math.max(256, in.readableBytes()));
        }
        fromServer.writeBytes(in);
        in.release();
        while (fromServer != null && fromServer.readableBytes() >= HEADER) {
            int start = fromServer.readerIndex();
            byte type = fromServer.getByte(start);
            int length = fromServer.getInt(start + 1);
            if (length < 4) {
                session.close();
                return;
            }
            if (fromServer.readableBytes() < 1 + length) {
                return;
            }
            ByteBuf message = fromServer.readRetainedSlice(1 + length);
            if (type == BackendMessage.READY_FOR_QUERY) {
                firstReady = message; // the client sees it once the proxy has checked the session
                phase = Phase.CHECKING;
                session.authenticated(length > 4 ? message.getByte(HEADER) : BackendMessage.IDLE);
                return;
            }
            if (type == BackendMessage.AUTHENTICATION && length >= 8) {
                int code = message.getInt(HEADER);
                if (code == BackendMessage.AUTHENTICATION_OK) {
                    phase = Phase.STARTING;
                } else if (held != null && expectsAnswer(code)) {
                    // The server waits for a password and will refuse what the client sent instead.
                    ByteBuf early = held;
                    held = null;
                    server.writeAndFlush(early, server.voidPromise());
                }
            } else if (type == BackendMessage.PARAMETER_STATUS) {
                session.parameter(message.toString(HEADER, length - 4, StandardCharsets.ISO_8859_1));
            }
            client.writeAndFlush(message, client.voidPromise());
        }
    }

    private static boolean expectsAnswer(int code) {
        for (int c : ANSWERED_AUTHENTICATION) {
            if (c == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * The login check passed: the first ReadyForQuery goes to the client, and what the client
     * sent meanwhile comes back, in order (held whole messages first, then a partial one).
     */
    ByteBuf finish() {
        phase = Phase.DONE;
        release(fromServer); // the server sends nothing after its first ReadyForQuery until asked
        fromServer = null;
        client.writeAndFlush(firstReady, client.voidPromise());
        firstReady = null;
        ByteBuf waiting = held;
        ByteBuf partial = fromClient;
        held = null;
        fromClient = null;
        if (waiting == null) {
            return partial;
        }
        if (partial != null) {
            waiting.writeBytes(partial);
            partial.release();
        }
        return waiting;
    }

    void release() {
        release(fromClient);
        release(held);
        release(fromServer);
        release(firstReady);
        fromClient = null;
        held = null;
        fromServer = null;
        firstReady = null;
    }

    private static void release(ByteBuf buffer) {
        if (buffer != null && buffer.refCnt() > 0) {
            buffer.release();
        }
    }
}
