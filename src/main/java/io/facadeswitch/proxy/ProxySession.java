package io.facadeswitch.proxy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingTable;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection and its server connection, once the startup packet has gone upstream.
 * Everything here runs on the one event loop both channels share, so no field needs a lock; the
 * census fields other threads read are volatile or tolerate a stale read.
 *
 * <p>The session watches both directions only enough to know when the connection is at a
 * transaction boundary: the server's last ReadyForQuery said idle, every request the client sent
 * has been answered, no extended-protocol batch is open without its Sync, and both streams are
 * between messages. There, and only there, it moves the connection to its colour by sending
 * {@code SET search_path} itself, and swallows exactly the replies to what it sent.
 */
final class ProxySession {

    private static final Logger LOG = LoggerFactory.getLogger(ProxySession.class);
    private static final byte[] DISCARD_ALL = "DISCARD ALL\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESET = "RESET\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEARCH_PATH = "search_path\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUPERUSER = "is_superuser\0on\0".getBytes(StandardCharsets.US_ASCII);
    /** SQLSTATE classes of the errors that can mean a broken facade (syntax/access, feature, internal). */
    private static final int CLASS_42 = 4 * 36 + 2;
    private static final int CLASS_0A = 10;
    private static final int CLASS_XX = 33 * 36 + 33;
    private static final int MAX_SWALLOW = 1 << 20;
    private static final long MOVE_RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ProxyServer proxy;
    private final Channel client;
    private final Channel server;
    private final String instance;
    private final MessageFramer fromClient;
    private final MessageFramer fromServer;
    private final MessageFramer.Sink clientSink = new ClientSink();
    private final MessageFramer.Sink serverSink = new ServerSink();

    private boolean ready;
    private byte transactionStatus = 'I';
    private int awaitingReady = 1; // the startup's own ReadyForQuery
    private boolean unsynced;
    private boolean copyBoth;
    private boolean copyIn;
    private byte lastRequest;
    private boolean searchPathDirty;
    private boolean closed;
    private long requestStart;
    private long nextMoveAttempt;
    private long targetGeneration = -1;
    private ByteBuf swallowed;
    private Colour moving;
    private boolean moveFailed;
    private boolean moveRefused;
    private boolean superuser;
    private boolean early;
    private InstanceMeters meters;

    private volatile Colour colour; // read by the census too
    private Colour target;
    /** When the current request or transaction began (System.nanoTime), 0 when idle; read racily by the census. */
    private long busySince;

    ProxySession(ProxyServer proxy, Channel client, Channel server, String instance, Colour colour, long generation,
                 int maxMessageSize) {
        this.proxy = proxy;
        this.client = client;
        this.server = server;
        this.instance = instance;
        this.colour = colour;
        this.target = colour;
        this.targetGeneration = generation;
        this.fromClient = new MessageFramer(maxMessageSize, 0);
        this.fromServer = new MessageFramer(Integer.MAX_VALUE, 128, 'Z', 'C', 'E', 'S');
    }

    String instance() {
        return instance;
    }

    Colour colour() {
        return colour;
    }

    /** Nanoseconds this connection has been busy (in a request or a transaction), 0 when idle. */
    long busyNanos() {
        long since = busySince;
        return since == 0 ? 0 : Math.max(1, System.nanoTime() - since);
    }

    Channel client() {
        return client;
    }

    // ---- client to server ------------------------------------------------------------------

    void fromClient(ByteBuf in) {
        if (closed) {
            in.release();
            return;
        }
        if (swallowed == null && (proxy.table().generation() != targetGeneration || target != colour
                || searchPathDirty)) {
            maybeMove(); // a request that arrives at a boundary after a change runs on the new colour
        }
        if (!fromClient.scan(in, clientSink)) {
            in.release();
            proxy.metrics().refused();
            failClient("08P01", "invalid message length " + fromClient.badLength() + " for message type '"
                    + (char) fromClient.lastType() + "': the proxy closes the connection");
            return;
        }
        if (early) {
            // A request sent before the login completed would run before the proxy could refuse
            // the session (a superuser, say): only authentication messages may come first.
            in.release();
            proxy.metrics().refused();
            failClient("08P01", "the proxy accepts no request before authentication has completed");
            return;
        }
        server.write(in, server.voidPromise());
    }

    void clientReadComplete() {
        server.flush();
    }

    private final class ClientSink implements MessageFramer.Sink {
        @Override
        public void start(byte type, int length) {
            if (!ready && type != 'p' && type != 'X') {
                early = true;
                return;
            }
            switch (type) {
                case 'Q', 'S', 'F' -> {
                    if (type == 'S' && copyIn) {
                        return; // the server ignores Sync during COPY FROM STDIN
                    }
                    beginRequest();
                    awaitingReady++;
                    lastRequest = type;
                    if (type == 'S') {
                        unsynced = false;
                    }
                }
                case 'P', 'B', 'E', 'D', 'C', 'H' -> {
                    if (type == 'H' && copyIn) {
                        return;
                    }
                    beginRequest();
                    unsynced = true;
                }
                case 'c', 'f' -> copyIn = false; // CopyDone, CopyFail: the copy ends
                default -> {
                    // copy data, password messages and Terminate need no bookkeeping
                }
            }
        }

        @Override
        public void end(byte type, byte[] body, int captured) {
            // nothing the client sends is read
        }
    }

    /** The first request after the server was last ready starts the latency clock (and the busy one). */
    private void beginRequest() {
        if (awaitingReady == 0 && !unsynced) {
            long now = System.nanoTime();
            requestStart = now;
            if (busySince == 0) {
                busySince = now;
            }
        }
    }

    // ---- server to client ------------------------------------------------------------------

    void fromServer(ByteBuf in) {
        if (closed) {
            in.release();
            return;
        }
        if (swallowed != null) {
            swallow(in);
            return;
        }
        if (!fromServer.scan(in, serverSink)) {
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
        maybeMove();
    }

    private final class ServerSink implements MessageFramer.Sink {
        @Override
        public void start(byte type, int length) {
            if (type == 'W') {
                copyBoth = true; // replication or CopyBoth: this connection never moves
            } else if (type == 'G') {
                // COPY FROM STDIN. Begun by an Execute, the Sync already sent with it is ignored by
                // the server; only the Sync after CopyDone or CopyFail gets a ReadyForQuery, so until
                // the client sends it the connection is in mid-request even once the copy has ended.
                copyIn = true;
                if (lastRequest == 'S' && awaitingReady > 0) {
                    awaitingReady--;
                    unsynced = true;
                }
            }
        }

        @Override
        public void end(byte type, byte[] body, int captured) {
            switch (type) {
                case 'Z' -> {
                    copyIn = false;
                    readyForQuery(captured > 0 ? body[0] : (byte) 'I');
                }
                case 'C' -> {
                    copyIn = false; // the COPY is over, whoever ended it
                    if (ready) {
                        meters.statement();
                    }
                    if (WireMessages.startsWith(body, captured, DISCARD_ALL) || WireMessages.startsWith(body, captured,
                            RESET)) {
                        searchPathDirty = true; // the session default is the colour it connected on
                    }
                }
                case 'E' -> {
                    copyIn = false; // after an error in COPY the client owes only a Sync
                    if (ready) {
                        meters.statement();
                        int errorClass = WireMessages.errorClass(body, captured);
                        meters.error(errorClass, WireMessages.sqlState(body, captured));
                        if (errorClass == CLASS_42 || errorClass == CLASS_0A || errorClass == CLASS_XX) {
                            proxy.figures().soon(); // a broken facade must reach the analysis at once
                        }
                    }
                }
                case 'S' -> {
                    if (ready && WireMessages.startsWith(body, captured, SEARCH_PATH)) {
                        searchPathDirty = true; // the client set it (reported by PostgreSQL 18 and later)
                    } else if (!proxy.settings().allowSuperusers()
                            && WireMessages.startsWith(body, captured, SUPERUSER)) {
                        superuser = true; // at login, or later through SET ROLE
                        if (ready) {
                            failClient("42501", "the session became a superuser: superusers may not use the proxy");
                        }
                    }
                }
                case 'I' -> {
                    if (ready) {
                        meters.statement();
                    }
                }
                default -> {
                    // rows, descriptions, notices and the rest pass through unread
                }
            }
        }
    }

    private void readyForQuery(byte status) {
        transactionStatus = status;
        if (!ready) {
            if (superuser) {
                failClient("42501", "superusers may not connect through the proxy: connect as an application"
                        + " role (or set facade.proxy.allow-superusers)");
                return;
            }
            // Counted and reported from here on: a login that fails never takes a place in the metrics.
            ready = true;
            awaitingReady--;
            meters = proxy.metrics().of(colour, instance);
            meters.connected();
            proxy.register(this);
            return;
        }
        if (awaitingReady > 0) {
            awaitingReady--;
        }
        if (awaitingReady == 0) {
            meters.latency(System.nanoTime() - requestStart);
        }
        if (status == 'I') {
            meters.transaction();
            if (awaitingReady == 0 && !unsynced) {
                busySince = 0;
            }
        }
    }

    // ---- moving ----------------------------------------------------------------------------

    /** Called on this session's event loop when the routing changed. */
    void routingChanged() {
        maybeMove();
    }

    private boolean atBoundary() {
        return ready && !closed && swallowed == null && !copyBoth && !copyIn && awaitingReady == 0 && !unsynced
                && transactionStatus == 'I' && fromClient.atBoundary() && fromServer.atBoundary();
    }

    private void maybeMove() {
        if (closed) {
            return;
        }
        RoutingTable table = proxy.table();
        if (table.generation() != targetGeneration) {
            targetGeneration = table.generation();
            target = table.colourFor(instance);
        }
        Colour wanted = target;
        if (wanted == null || (wanted == colour && !searchPathDirty) || !atBoundary()) {
            return;
        }
        if (moveFailed && System.nanoTime() - nextMoveAttempt < 0) {
            return;
        }
        moving = wanted;
        moveRefused = false;
        swallowed = server.alloc().buffer(256);
        proxy.moveStarted();
        server.writeAndFlush(proxy.moveCommand(wanted), server.voidPromise());
    }

    /** Replies to the move: ParameterStatus, notices and notifications reach the client; the rest are dropped. */
    private void swallow(ByteBuf in) {
        try {
            if (swallowed.readableBytes() + in.readableBytes() > MAX_SWALLOW) {
                LOG.warn("the server's reply to a move exceeded {} bytes; closing the connection", MAX_SWALLOW);
                close();
                return;
            }
            swallowed.writeBytes(in);
        } finally {
            in.release();
        }
        while (swallowed.readableBytes() >= 5) {
            int start = swallowed.readerIndex();
            byte type = swallowed.getByte(start);
            int length = swallowed.getInt(start + 1);
            if (length < 4) {
                close();
                return;
            }
            if (swallowed.readableBytes() < 1 + length) {
                return;
            }
            switch (type) {
                case 'S', 'N', 'A' -> client.write(swallowed.retainedSlice(start, 1 + length), client.voidPromise());
                case 'E' -> {
                    byte[] body = new byte[Math.min(length - 4, 256)];
                    swallowed.getBytes(start + 5, body);
                    moveRefused = true;
                    LOG.warn("the server refused to move a connection of {} to {} (SQLSTATE {}); it stays on {}"
                            + " and is tried again", instance, moving, WireMessages.sqlState(body, body.length), colour);
                }
                default -> {
                    // ParseComplete, BindComplete, CommandComplete, CloseComplete
                }
            }
            swallowed.skipBytes(1 + length);
            if (type == 'Z') {
                finishMove();
                ByteBuf rest = swallowed;
                swallowed = null;
                if (rest.isReadable()) {
                    fromServer(rest);
                } else {
                    rest.release();
                }
                client.flush();
                return;
            }
        }
    }

    private void finishMove() {
        proxy.moveFinished();
        if (moveRefused) {
            moveFailed = true;
            proxy.metrics().moveFailed();
            nextMoveAttempt = System.nanoTime() + MOVE_RETRY_NANOS;
            client.eventLoop().schedule(this::maybeMove, MOVE_RETRY_NANOS, TimeUnit.NANOSECONDS);
            return;
        }
        moveFailed = false;
        searchPathDirty = false;
        if (moving != colour) {
            LOG.debug("connection of {} moved from {} to {}", instance, colour, moving);
            meters.disconnected();
            meters = proxy.metrics().of(moving, instance);
            meters.connected();
            colour = moving;
            proxy.metrics().moved();
        }
    }

    /** Back-pressure: while the client cannot take more, the server is not read, and the other way round. */
    void clientWritabilityChanged(boolean writable) {
        server.config().setAutoRead(writable);
    }

    void serverWritabilityChanged(boolean writable) {
        client.config().setAutoRead(writable);
    }

    // ---- ending ----------------------------------------------------------------------------

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
        if (swallowed != null) {
            swallowed.release();
            swallowed = null;
            proxy.moveFinished();
        }
        if (meters != null) {
            meters.disconnected();
        }
        proxy.unregister(this);
    }
}
