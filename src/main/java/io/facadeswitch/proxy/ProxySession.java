package io.facadeswitch.proxy;

import io.facadeswitch.routing.Colour;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection and its server connection, once the startup packet has gone upstream.
 * Everything here runs on the one event loop both channels share, so no field needs a lock; the
 * census reads {@link #colour()} and {@link #busyNanos()} racily.
 *
 * <p>The login ({@link SessionLogin}) ends with the proxy's login check. From then on the session
 * forwards both directions unchanged, framing them only enough to know what the server still
 * owes the client ({@link RequestQueue}). A move, when the routing asks for one:
 *
 * <pre>
 *   client               proxy                                   server
 *     |  (idle: nothing but Syncs owed, no batch open, status I)     |
 *     |  -- next request -->  held, unread                           |
 *     |                      -- Close(facade_switch_check), Sync --> |   verify
 *     |  <-- replies still owed to the client, passed on ---------- |
 *     |                      <-- CloseComplete (the marker)          |
 *     |                      <-- ReadyForQuery I  (dropped)          |
 *     |                      -- Close, Parse/Bind/Execute            |
 *     |                         SET search_path TO facade_green,     |
 *     |                         Close, Sync ----------------------> |   move
 *     |                      <-- CloseComplete (marker) ...          |
 *     |                      <-- ReadyForQuery I  (dropped)          |
 *     |                      -- the held request ----------------->  |
 * </pre>
 *
 * A verify not answered idle leaves the connection where it is; a restore goes the way of a move.
 */
final class ProxySession {

    private static final Logger LOG = LoggerFactory.getLogger(ProxySession.class);

    private final SessionHost host;
    private final Channel client;
    private final Channel server;
    private final String instance;
    private final SessionColour colour;
    private final SessionLogin login;
    private final MessageFramer fromClient;
    private final MessageFramer fromServer;
    private final ProxyCommand.Replies commandReplies = new CommandReplies();
    private final RequestQueue requests = new RequestQueue();
    private final SessionTraffic traffic;

    private ProxyCommand command;
    /** A verify, move or restore is under way: the client's input waits, kept in order, unread. */
    private boolean clientHeld;
    private ByteBuf heldInput;
    private boolean closed;

    ProxySession(SessionHost host, Channel client, Channel server, String instance, Colour colour, long generation,
                 int maxMessageSize) {
        this.host = host;
        this.client = client;
        this.server = server;
        this.instance = instance;
        this.colour = new SessionColour(instance, colour, generation);
        this.login = new SessionLogin(client, server, new LoginSteps());
        this.traffic = new SessionTraffic(host, requests, this.colour, () -> {
            host.metrics().refused("superuser");
            failClient(SqlStates.INSUFFICIENT_PRIVILEGE,
                    "the session became a superuser: superusers may not use the proxy");
        });
        this.fromClient = new MessageFramer(maxMessageSize, 0);
        this.fromServer = new MessageFramer(Integer.MAX_VALUE, SessionTraffic.CAPTURE, SessionTraffic.CAPTURED);
    }

    String instance() {
        return instance;
    }

    Colour colour() {
        return colour.current();
    }

    /** Nanoseconds this connection has been busy (in a request or a transaction), 0 when idle. */
    long busyNanos() {
        return traffic.busyNanos();
    }

    Channel client() {
        return client;
    }

    void fromClient(ByteBuf in) {
        if (closed) {
            in.release();
            return;
        }
        if (!login.done()) {
            login.fromClient(in);
            return;
        }
        if (command == null && colour.mayBeDue(host.table())) {
            maybeMove(); // a request that arrives at a boundary after a change runs on the new colour
        }
        if (clientHeld) {
            hold(in);
            return;
        }
        if (!fromClient.scan(in, traffic.requestSink)) {
            in.release();
            host.metrics().refused("wire");
            failClient(SqlStates.PROTOCOL_VIOLATION, "invalid message length " + fromClient.badLength()
                    + " for message type '" + (char) fromClient.lastType() + "': the proxy closes the connection");
            return;
        }
        server.write(in, server.voidPromise());
    }

    void clientReadComplete() {
        server.flush();
    }

    void fromServer(ByteBuf in) {
        if (closed) {
            in.release();
        } else if (command != null) {
            command.read(in, commandReplies);
        } else if (!login.done()) {
            login.fromServer(in);
        } else {
            toClient(in);
        }
    }

    /** Server bytes for the client: framed, counted, passed on. */
    private void toClient(ByteBuf in) {
        if (!fromServer.scan(in, traffic)) {
            in.release();
            LOG.debug("server sent a message of invalid length {}; closing", fromServer.badLength());
            close();
            return;
        }
        if (closed) { // refused while reading this buffer
            in.release();
            return;
        }
        client.write(in, client.voidPromise());
    }

    void serverReadComplete() {
        client.flush();
        if (login.done()) {
            maybeMove();
        }
    }

    /** Called on this session's event loop when the routing changed. */
    void routingChanged() {
        maybeMove();
    }

    /**
     * Worth a verify: as far as the queue can tell nothing but Syncs may still run and no batch
     * is open, the last ReadyForQuery said idle, both streams are between messages, no command of
     * the proxy's is out, and the connection never started CopyBoth.
     */
    private boolean atTransactionBoundary() {
        return login.done() && !closed && command == null && !traffic.copyBoth() && requests.onlySyncsPending()
                && traffic.transactionStatus() == BackendMessage.IDLE && fromClient.atBoundary()
                && fromServer.atBoundary();
    }

    private void maybeMove() {
        if (closed || !login.done()) {
            return;
        }
        colour.follow(host.table());
        if (colour.due() && atTransactionBoundary() && !colour.waitingToRetry()) {
            holdClient();
            send(ProxyCommand.Kind.VERIFY, WireMessages.verifyCommand());
        }
    }

    /** After the verify: the server is idle and owes the client nothing, or the move waits. */
    private void afterVerify(ProxyCommand verify) {
        requests.clear(); // everything the client sent before the verify has been answered
        if (verify.refused() || verify.status() != BackendMessage.IDLE || !colour.due()) {
            releaseClient();
        } else if (colour.moveWanted()) {
            host.moveStarted();
            send(ProxyCommand.Kind.MOVE, host.moveCommand(colour.startMove()));
        } else {
            colour.restoreStarted();
            send(ProxyCommand.Kind.RESTORE, WireMessages.restoreCommand(colour.current()));
        }
    }

    private void afterMove(ProxyCommand move) {
        host.moveFinished();
        if (move.refused()) {
            colour.moveRefused();
            host.metrics().moveFailed();
            client.eventLoop().schedule(this::maybeMove, colour.retryDelayNanos(), TimeUnit.NANOSECONDS);
        } else if (colour.moved()) {
            LOG.debug("connection of {} moved to {}", instance, colour.current());
            traffic.countFor(host.metrics().of(colour.current(), instance));
            host.metrics().moved();
        } else {
            host.metrics().searchPathRestored(); // the client reset or changed it; it is the colour's again
        }
        releaseClient();
    }

    private void afterLoginCheck(ProxyCommand check) {
        boolean answered = !check.refused() && check.value() != null;
        if (!answered || !"f".equals(check.value()) && !host.allowSuperusers()) {
            host.metrics().refused(answered ? "superuser" : "login-check");
            failClient(SqlStates.INSUFFICIENT_PRIVILEGE, answered
                    ? "superusers, and members of a superuser role, may not connect through the proxy:"
                    + " connect as an application role (or set facade.proxy.allow-superusers)"
                    : "the proxy could not check the session's user: try again");
            return;
        }
        // Counted and reported from here on: a login that fails never takes a place in the metrics.
        traffic.countFor(host.metrics().of(colour.current(), instance));
        host.register(this);
        ByteBuf early = login.finish();
        if (early != null) {
            fromClient(early);
        }
        server.flush();
    }

    private void send(ProxyCommand.Kind kind, ByteBuf bytes) {
        command = new ProxyCommand(kind, instance, server.alloc());
        server.writeAndFlush(bytes, server.voidPromise());
    }

    /** The client's input waits (read, kept in order) until the proxy's commands are done. */
    private void holdClient() {
        clientHeld = true;
        client.config().setAutoRead(false);
    }

    private void hold(ByteBuf in) {
        if (heldInput == null) {
            heldInput = client.alloc().buffer(Math.max(256, in.readableBytes()));
        }
        heldInput.writeBytes(in);
        in.release();
    }

    private void releaseClient() {
        clientHeld = false;
        ByteBuf waiting = heldInput;
        heldInput = null;
        if (waiting != null) {
            fromClient(waiting);
            server.flush();
        }
        if (!closed && !clientHeld) {
            client.config().setAutoRead(server.isWritable());
        }
    }

    /** Where a command's replies go. */
    private final class CommandReplies implements ProxyCommand.Replies {
        @Override
        public void toClient(ByteBuf piece) {
            ProxySession.this.toClient(piece);
        }

        @Override
        public void asynchronous(ByteBuf message) {
            client.write(message, client.voidPromise());
        }

        @Override
        public void finished(ProxyCommand done, ByteBuf rest) {
            command = null;
            traffic.transactionStatus(done.status());
            switch (done.kind()) {
                case LOGIN_CHECK -> afterLoginCheck(done);
                case VERIFY -> afterVerify(done);
                case MOVE -> afterMove(done);
                case RESTORE -> {
                    if (!done.refused() && done.value() != null) {
                        host.metrics().searchPathRestored(); // it had been reset: it is the colour's again
                    }
                    releaseClient();
                }
            }
            if (closed || !rest.isReadable()) {
                rest.release();
            } else {
                fromServer(rest); // the server sends nothing unasked, but a notification may follow
            }
            client.flush();
        }

        @Override
        public void broken(String why) {
            LOG.debug("closing a connection of {}: {}", instance, why);
            close();
        }

        @Override
        public boolean closed() {
            return closed;
        }
    }

    /** What the login needs of the session. */
    private final class LoginSteps implements SessionLogin.Session {
        @Override
        public void authenticated(byte status) {
            traffic.transactionStatus(status);
            send(ProxyCommand.Kind.LOGIN_CHECK, WireMessages.loginCheck());
        }

        @Override
        public void parameter(String parameter) {
            host.noteParameter(parameter);
            traffic.loginParameter(parameter);
        }

        @Override
        public void refuse(String sqlState, String message) {
            host.metrics().refused("wire");
            failClient(sqlState, message);
        }

        @Override
        public void close() {
            ProxySession.this.close();
        }

        @Override
        public boolean closed() {
            return closed;
        }
    }

    /** Back-pressure: while the client cannot take more, the server is not read, and the other way round. */
    void clientWritabilityChanged(boolean writable) {
        server.config().setAutoRead(writable);
    }

    void serverWritabilityChanged(boolean writable) {
        client.config().setAutoRead(writable && !clientHeld);
    }

    /** Tells the client why, then closes both sides. */
    void failClient(String sqlState, String message) {
        if (closed) {
            return;
        }
        client.writeAndFlush(WireMessages.fatal(client.alloc(), sqlState, message))
                .addListener(ChannelFutureListener.CLOSE);
        server.close();
        closed();
    }

    /** For a drain: ends the session as PostgreSQL's fast shutdown does, if it is between transactions. */
    boolean closeIfIdle() {
        if (!closed && (!login.done() || atTransactionBoundary() && !clientHeld)) {
            failClient(SqlStates.ADMIN_SHUTDOWN, ProxyDrain.MESSAGE);
        }
        return closed;
    }

    /** Closes both sides; the second call does nothing. */
    void close() {
        if (closed) {
            return;
        }
        client.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        server.close();
        closed();
    }

    private void closed() {
        closed = true;
        if (command != null) {
            command.release();
            if (command.kind() == ProxyCommand.Kind.MOVE) {
                host.moveFinished();
            }
        }
        login.release();
        if (heldInput != null && heldInput.refCnt() > 0) {
            heldInput.release();
        }
        heldInput = null;
        traffic.stopCounting();
        host.unregister(this);
    }
}
