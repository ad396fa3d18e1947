package io.facadeswitch.proxy;

import static io.facadeswitch.proxy.ProtocolMessage.authenticationOk;
import static io.facadeswitch.proxy.ProtocolMessage.backendKeyData;
import static io.facadeswitch.proxy.ProtocolMessage.bindComplete;
import static io.facadeswitch.proxy.ProtocolMessage.closeComplete;
import static io.facadeswitch.proxy.ProtocolMessage.commandComplete;
import static io.facadeswitch.proxy.ProtocolMessage.dataRow;
import static io.facadeswitch.proxy.ProtocolMessage.parameterStatus;
import static io.facadeswitch.proxy.ProtocolMessage.parseComplete;
import static io.facadeswitch.proxy.ProtocolMessage.readyForQuery;
import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingTable;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@link ProxySession} between two {@link EmbeddedChannel}s, one for the client and one for its
 * server, with a routing the test changes: no network, no PostgreSQL. The test does what
 * FrontendHandler and BackendHandler do with each buffer, on its own thread (the one event loop
 * both channels share in the proxy).
 */
final class EmbeddedSession {

    static final String INSTANCE = "app-1";

    private final Host host = new Host();
    private final ProxySession session;
    private final End client;
    private final End server;

    private EmbeddedSession(Colour colour) {
        host.table = table(1, colour);
        EmbeddedChannel clientChannel = new EmbeddedChannel();
        EmbeddedChannel serverChannel = new EmbeddedChannel();
        session = new ProxySession(host, clientChannel, serverChannel, INSTANCE, colour, 1, 1 << 20);
        client = new End(clientChannel, session::fromClient, session::clientReadComplete);
        server = new End(serverChannel, session::fromServer, session::serverReadComplete);
    }

    /** A session whose startup packet has gone upstream: the server is about to authenticate the client. */
    static EmbeddedSession opened(Colour colour) {
        return new EmbeddedSession(colour);
    }

    /** A session past its login and the proxy's login check, idle, both ends' traffic so far read. */
    static EmbeddedSession loggedIn(Colour colour) {
        EmbeddedSession opened = new EmbeddedSession(colour);
        opened.server.sends(authenticationOk(), parameterStatus("server_version", "17.4"), backendKeyData(7, 42),
                readyForQuery(BackendMessage.IDLE));
        assertThat(opened.server.received()).as("the login check").containsExactlyElementsOf(loginCheck());
        opened.server.sends(loginCheckAnswered("f"));
        assertThat(opened.client.received()).as("the login, the first ReadyForQuery last").containsExactly(
                authenticationOk(), parameterStatus("server_version", "17.4"), backendKeyData(7, 42),
                readyForQuery(BackendMessage.IDLE));
        return opened;
    }

    /** The proxy's login check, as {@link WireMessages} builds it. */
    static List<ProtocolMessage> loginCheck() {
        return ProtocolMessage.readAll(Unpooled.copiedBuffer(WireMessages.loginCheck()));
    }

    /** The server's answer to the login check: is the login a superuser, or a member of one, "t" or "f". */
    static ProtocolMessage[] loginCheckAnswered(String superuser) {
        return new ProtocolMessage[] {closeComplete(), parseComplete(), bindComplete(), dataRow(superuser),
            commandComplete("SELECT 1"), closeComplete(), readyForQuery(BackendMessage.IDLE)};
    }

    End client() {
        return client;
    }

    End server() {
        return server;
    }

    Colour colour() {
        return session.colour();
    }

    /** The routing now gives the instance this colour; the server tells the session, as ProxyServer does. */
    void routeTo(Colour colour) {
        host.table = table(host.table.generation() + 1, colour);
        session.routingChanged();
    }

    /** Moves counted as done ({@code facade_proxy_moves}). */
    double moves() {
        return host.registry.counter("facade_proxy_moves").count();
    }

    /** Moves the server refused ({@code facade_proxy_move_failures}). */
    double moveFailures() {
        return host.registry.counter("facade_proxy_move_failures").count();
    }

    /** Times search_path was put back on the colour ({@code facade_proxy_search_path_restores}). */
    double restores() {
        return host.registry.counter("facade_proxy_search_path_restores").count();
    }

    /** Moves the host was told of that have not finished. */
    int movesInFlight() {
        return host.movesInFlight;
    }

    /** Whether the session has registered with its host (past the login check) and not unregistered. */
    /** What a stopping proxy asks of each session; whether it closed. */
    boolean drain() {
        return session.closeIfIdle();
    }

    boolean registered() {
        return host.registered;
    }

    /** The SQLSTATEs of the ErrorResponses the session passed on to the client. */
    List<String> errorsPassedOn() {
        return host.errors;
    }

    private static RoutingTable table(long generation, Colour active) {
        return new RoutingTable(generation, Instant.EPOCH, active, null, 0, "salt", Map.of());
    }

    /** One end of the session: what it sends the proxy, and what the proxy wrote to it. */
    static final class End {
        private final EmbeddedChannel channel;
        private final Consumer<ByteBuf> read;
        private final Runnable readComplete;
        private final ByteBuf unread = Unpooled.buffer();

        private End(EmbeddedChannel channel, Consumer<ByteBuf> read, Runnable readComplete) {
            this.channel = channel;
            this.read = read;
            this.readComplete = readComplete;
        }

        /** The messages in one buffer, one read. */
        void sends(ProtocolMessage... messages) {
            sendsInPieces(Integer.MAX_VALUE, messages);
        }

        /** The messages as one stream cut every {@code size} bytes, one buffer each, then the end of the read. */
        void sendsInPieces(int size, ProtocolMessage... messages) {
            byte[] stream = ProtocolMessage.stream(List.of(messages));
            for (int at = 0; at < stream.length; at += size) {
                read.accept(Unpooled.copiedBuffer(stream, at, Math.min(size, stream.length - at)));
            }
            readComplete.run();
        }

        /** Every whole message the proxy wrote (and flushed) to this end since the last call. */
        List<ProtocolMessage> received() {
            for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
                ByteBuf piece = (ByteBuf) out;
                unread.writeBytes(piece);
                piece.release();
            }
            return ProtocolMessage.readAll(unread);
        }

        /** Whether the proxy wrote only whole messages to this end. */
        boolean betweenMessages() {
            received();
            return !unread.isReadable();
        }

        boolean open() {
            return channel.isOpen();
        }
    }

    /** The proxy as the session sees it: this test's routing, meters of its own, moves counted. */
    private static final class Host implements SessionHost {
        private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        private final ProxyMetrics metrics = new ProxyMetrics(registry, 10);
        private final List<String> errors = new ArrayList<>();
        private RoutingTable table;
        private int movesInFlight;
        private boolean registered;

        @Override
        public RoutingTable table() {
            return table;
        }

        @Override
        public ProxyMetrics metrics() {
            return metrics;
        }

        @Override
        public boolean allowSuperusers() {
            return false;
        }

        @Override
        public ByteBuf moveCommand(Colour colour) {
            return WireMessages.moveCommand(colour).duplicate();
        }

        @Override
        public void moveStarted() {
            movesInFlight++;
        }

        @Override
        public void moveFinished() {
            movesInFlight--;
        }

        @Override
        public void register(ProxySession session) {
            registered = true;
        }

        @Override
        public void unregister(ProxySession session) {
            registered = false;
        }

        @Override
        public void noteParameter(String parameter) {
            // the server's version matters only to the proxy's own refusals at startup
        }

        @Override
        public void errorPassedOn(String sqlState) {
            errors.add(sqlState);
        }
    }
}
