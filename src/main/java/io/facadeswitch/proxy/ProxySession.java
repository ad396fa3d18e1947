package io.facadeswitch.proxy;

import io.facadeswitch.routing.Colour;
import io.facadeswitch.routing.RoutingTable;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection and its server connection, once the startup packet has gone upstream.
 * Everything here runs on the one event loop both channels share, so no field needs a lock; the
 * census fields other threads read are volatile or tolerate a stale read.
 *
 * <p>Login: until the server has authenticated the client, only password messages go upstream;
 * anything else the client sends is held (a server still authenticating gets it, and refuses it as
 * it would). Once authenticated, the proxy asks the server whether the login may become a
 * superuser, with the server's first ReadyForQuery held back, so nothing the client sent runs
 * before the answer. Then the session is ready.
 *
 * <p>Ready: the session follows both directions only enough to know what the server still owes
 * the client ({@link RequestQueue}). When a move (or a restore of search_path) is due and the
 * queue says only Syncs can still be running, it pauses the client, sends a Sync of its own
 * (the verify: a Close of a statement no client uses, then Sync) and, once that comes back with
 * the server idle and nothing of the client's behind it, sends the move, then lets the client's
 * input through again. Each command starts with a Close whose CloseComplete marks where its
 * replies begin; anything before it is still the client's, goes to the client as it arrives, and
 * is counted as any reply. The command's own replies are dropped, but for ParameterStatus,
 * notices and notifications.
 */
final class ProxySession {

    private static final Logger LOG = LoggerFactory.getLogger(ProxySession.class);
    private static final byte[] DISCARD_ALL = "DISCARD ALL\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESET = "RESET\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SET = "SET\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEARCH_PATH = "search_path\0".getBytes(StandardCharsets.US_ASCII);
    /** The ParameterStatus body that says search_path is a colour's schema. */
    private static final Map<Colour, byte[]> REPORTED_PATH = new EnumMap<>(Map.of(
            Colour.BLUE, ("search_path\0" + Colour.BLUE.schema() + "\0").getBytes(StandardCharsets.US_ASCII),
            Colour.GREEN, ("search_path\0" + Colour.GREEN.schema() + "\0").getBytes(StandardCharsets.US_ASCII)));
    private static final byte[] SUPERUSER = "is_superuser\0on\0".getBytes(StandardCharsets.US_ASCII);
    /** SQLSTATE classes of the errors that can mean a broken facade (syntax/access, feature, internal). */
    private static final int CLASS_42 = 4 * 36 + 2;
    private static final int CLASS_0A = 10;
    private static final int CLASS_XX = 33 * 36 + 33;
    private static final int MAX_SWALLOW = 1 << 20;
    private static final int MAX_HELD = 1 << 20;
    /** PostgreSQL's PG_MAX_AUTH_TOKEN_LENGTH: the longest password or SASL message it reads. */
    private static final int MAX_AUTH_MESSAGE = 65_535;
    private static final long MOVE_RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Authentication requests the client must answer (cleartext, MD5, GSS, SSPI, SASL, SASL continue). */
    private static final int[] ANSWERED_AUTHENTICATION = {2, 3, 5, 7, 8, 9, 10, 11};

    /** Where the connection is in its life. */
    enum Phase {
        /** The server is authenticating the client. */
        AUTHENTICATING,
        /** Authenticated; the server is starting the session (parameters, key data). */
        STARTING,
        /** The proxy's login check is out; the client waits for its first ReadyForQuery. */
        CHECKING,
        /** The client's own. */
        READY
    }

    /** The proxy's own commands, each answered in full before anything else moves on. */
    private enum Command {
        LOGIN_CHECK, VERIFY, MOVE, RESTORE
    }

    private final ProxyServer proxy;
    private final Channel client;
    private final Channel server;
    private final String instance;
    private final Colour initialColour;
    private final MessageFramer fromClient;
    private final MessageFramer fromServer;
    private final MessageFramer.Sink clientSink = new ClientSink();
    private final MessageFramer.Sink serverSink = new ServerSink();
    private final RequestQueue requests = new RequestQueue();

    private Phase phase = Phase.AUTHENTICATING;
    private ByteBuf clientEarly;
    private ByteBuf held;
    private ByteBuf serverEarly;
    private ByteBuf firstReady;

    private byte transactionStatus = 'I';
    private boolean copyBoth;
    /** The client sent Parse, Bind, Describe, Execute, Close or Flush since its last Sync, Query or FunctionCall. */
    /** The client's input waits while a command of the proxy's is out: what was read meanwhile. */
    private boolean paused;
    private ByteBuf pausedInput;
    /** Bytes of a message of the client's still to pass while a command is out, before its marker. */
    private int passRemaining;
    private ByteBuf partialHeader;
    private boolean searchPathDirty;
    private boolean searchPathInDoubt;
    private boolean closed;
    private long requestStart;
    private long nextMoveAttempt;
    private long targetGeneration = -1;
    private Command command;
    private ByteBuf swallowed;
    private boolean commandReplies;
    private boolean commandRefused;
    private String commandValue;
    private byte commandStatus;
    /** The server reports search_path changes (PostgreSQL 18 and later): no need to ask after a RESET. */
    private boolean serverReportsSearchPath;
    private Colour moving;
    private boolean moveFailed;
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
        this.initialColour = colour;
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
        if (phase != Phase.READY) {
            earlyFromClient(in);
            return;
        }
        if (command == null && (proxy.table().generation() != targetGeneration || target != colour
                || searchPathDirty || searchPathInDoubt)) {
            maybeMove(); // a request that arrives at a boundary after a change runs on the new colour
        }
        if (paused) {
            keepUntilResumed(in);
            return;
        }
        if (!fromClient.scan(in, clientSink)) {
            in.release();
            badClientLength();
            return;
        }
        server.write(in, server.voidPromise());
    }

    void clientReadComplete() {
        server.flush();
    }

    private void badClientLength() {
        proxy.metrics().refused("wire");
        failClient("08P01", "invalid message length " + fromClient.badLength() + " for message type '"
                + (char) fromClient.lastType() + "': the proxy closes the connection");
    }

    /**
     * Before the session is ready (a slow path, a few messages per connection): password messages
     * go upstream while the server is authenticating; everything else waits, in order.
     */
    private void earlyFromClient(ByteBuf in) {
        if (clientEarly == null) {
            clientEarly = client.alloc().buffer(Math.max(64, in.readableBytes()));
        }
        clientEarly.writeBytes(in);
        in.release();
        while (clientEarly.readableBytes() >= 5) {
            int start = clientEarly.readerIndex();
            byte type = clientEarly.getByte(start);
            int length = clientEarly.getInt(start + 1);
            boolean password = type == 'p' && phase == Phase.AUTHENTICATING;
            int limit = password ? MAX_AUTH_MESSAGE : MAX_HELD - (held == null ? 0 : held.readableBytes()) - 1;
            if (length < 4 || length > limit) {
                proxy.metrics().refused("wire");
                failClient("08P01", "invalid message length " + length + " for message type '" + (char) type
                        + "' before the session was ready: the proxy closes the connection");
                return;
            }
            if (clientEarly.readableBytes() < 1 + length) {
                return;
            }
            ByteBuf message = clientEarly.readRetainedSlice(1 + length);
            boolean forward = held == null && (type == 'X' || (type == 'p' && phase == Phase.AUTHENTICATING));
            if (forward) {
                server.writeAndFlush(message, server.voidPromise());
            } else {
                hold(message);
                if (closed) {
                    return;
                }
            }
        }
    }

    private void hold(ByteBuf message) {
        if (held == null) {
            held = client.alloc().buffer(Math.max(64, message.readableBytes()));
        }
        if (held.readableBytes() + message.readableBytes() > MAX_HELD) {
            message.release();
            proxy.metrics().refused("wire");
            failClient("08P01", "more than " + MAX_HELD + " bytes sent before the session was ready");
            return;
        }
        held.writeBytes(message);
        message.release();
    }

    private final class ClientSink implements MessageFramer.Sink {
        @Override
        public void start(byte type, int length) {
            switch (type) {
                case 'Q', 'F', 'S', 'P', 'B', 'E', 'D', 'C' -> {
                    beginRequest();
                    requests.sent(type);
                }
                case 'H', 'c', 'f' -> requests.sent(type); // Flush, CopyDone, CopyFail
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
        if (requests.size() == 0) {
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
        if (command != null) {
            swallow(in);
            return;
        }
        if (phase != Phase.READY) {
            earlyFromServer(in);
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
        if (phase == Phase.READY) {
            maybeMove();
        }
    }

    /** The login, message by message (a slow path, a few messages per connection). */
    private void earlyFromServer(ByteBuf in) {
        if (serverEarly == null) {
            serverEarly = server.alloc().buffer(Math.max(256, in.readableBytes()));
        }
        serverEarly.writeBytes(in);
        in.release();
        while (serverEarly != null && serverEarly.readableBytes() >= 5) {
            int start = serverEarly.readerIndex();
            byte type = serverEarly.getByte(start);
            int length = serverEarly.getInt(start + 1);
            if (length < 4) {
                close();
                return;
            }
            if (serverEarly.readableBytes() < 1 + length) {
                return;
            }
            ByteBuf message = serverEarly.readRetainedSlice(1 + length);
            if (type == 'Z') {
                transactionStatus = length > 4 ? message.getByte(5) : (byte) 'I';
                firstReady = message; // the client sees it once the proxy has checked the session
                phase = Phase.CHECKING;
                startCommand(Command.LOGIN_CHECK, WireMessages.loginCheck());
                return;
            }
            if (type == 'R' && length >= 8) {
                int code = message.getInt(5);
                if (code == 0) {
                    phase = Phase.STARTING;
                } else if (held != null && expectsAnswer(code)) {
                    // The server waits for a password and will refuse what the client sent instead.
                    ByteBuf early = held;
                    held = null;
                    server.writeAndFlush(early, server.voidPromise());
                }
            } else if (type == 'S') {
                String parameter = message.toString(5, length - 4, StandardCharsets.ISO_8859_1);
                proxy.noteParameter(parameter);
                serverReportsSearchPath |= parameter.startsWith("search_path\0");
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

    /** Counted and reported from here on: a login that fails never takes a place in the metrics. */
    private void becomeReady() {
        phase = Phase.READY;
        meters = proxy.metrics().of(colour, instance);
        meters.connected();
        proxy.register(this);
        ByteBuf rest = serverEarly;
        serverEarly = null;
        if (rest != null) {
            rest.release(); // the server sends nothing after its first ReadyForQuery until asked
        }
        client.writeAndFlush(firstReady, client.voidPromise());
        firstReady = null;
        ByteBuf waiting = held;
        held = null;
        ByteBuf partial = clientEarly;
        clientEarly = null;
        if (waiting != null) {
            fromClient(waiting);
        }
        if (partial != null && !closed) {
            fromClient(partial);
        } else if (partial != null) {
            partial.release();
        }
        server.flush();
    }

    private final class ServerSink implements MessageFramer.Sink {
        @Override
        public void start(byte type, int length) {
            requests.reply(type);
            if (type == 'W') {
                copyBoth = true; // replication or CopyBoth: this connection never moves
            }
        }

        @Override
        public void end(byte type, byte[] body, int captured) {
            switch (type) {
                case 'Z' -> readyForQuery(captured > 0 ? body[0] : (byte) 'I');
                case 'C' -> {
                    meters.statement();
                    if (!serverReportsSearchPath && (WireMessages.startsWith(body, captured, RESET)
                            || WireMessages.startsWith(body, captured, DISCARD_ALL)
                            || WireMessages.startsWith(body, captured, SET))) {
                        mayHaveReset();
                    }
                }
                case 'E' -> {
                    meters.statement();
                    int errorClass = WireMessages.errorClass(body, captured);
                    meters.error(errorClass, WireMessages.sqlState(body, captured));
                    if (errorClass == CLASS_42 || errorClass == CLASS_0A || errorClass == CLASS_XX) {
                        proxy.figures().soon(); // a broken facade must reach the analysis at once
                    }
                }
                case 'S' -> {
                    if (WireMessages.startsWith(body, captured, SEARCH_PATH)) {
                        // The client changed it (reported by PostgreSQL 18 and later): off its colour?
                        searchPathDirty |= colour != null
                                && !WireMessages.startsWith(body, captured, REPORTED_PATH.get(colour));
                    } else if (!proxy.settings().allowSuperusers()
                            && WireMessages.startsWith(body, captured, SUPERUSER)) {
                        proxy.metrics().refused("superuser");
                        failClient("42501", "the session became a superuser: superusers may not use the proxy");
                    }
                }
                case 'I' -> meters.statement();
                default -> {
                    // rows, descriptions, notices and the rest pass through unread
                }
            }
        }
    }

    /**
     * A RESET, SET or DISCARD ALL ran (the tag does not say of what; it may sit in a multi-statement
     * query, inside comments, in any case). Of these only RESET ALL, RESET search_path, SET
     * search_path TO DEFAULT and DISCARD ALL move search_path, back to the session's first one.
     * On a connection that has moved since, the proxy's next command, before any request the
     * client sends after this one's answer, puts the colour back if, and only if, search_path is
     * now that first value: the server's state decides, not the command's text.
     */
    private void mayHaveReset() {
        if (colour != null && colour != initialColour) {
            searchPathInDoubt = true;
        }
    }

    private void readyForQuery(byte status) {
        transactionStatus = status;
        if (!requests.answered()) {
            return; // the answer to a Sync a copy was taken to have read: the client's, and nothing to count
        }
        if (requests.size() == 0) {
            meters.latency(System.nanoTime() - requestStart);
        }
        if (status == 'I') {
            meters.transaction();
            if (requests.size() == 0) {
                busySince = 0;
            }
        }
    }

    // ---- the proxy's own commands --------------------------------------------------------------

    /** Called on this session's event loop when the routing changed. */
    void routingChanged() {
        maybeMove();
    }

    /**
     * Worth verifying: as far as the queue can tell only Syncs may still run, the client has no
     * batch open, the last ReadyForQuery said idle, and both streams are between messages.
     */
    private boolean mayVerify() {
        return phase == Phase.READY && !closed && command == null && !copyBoth
                && requests.onlySyncsPending() && transactionStatus == 'I' && fromClient.atBoundary()
                && fromServer.atBoundary();
    }

    private void maybeMove() {
        if (closed || phase != Phase.READY) {
            return;
        }
        RoutingTable table = proxy.table();
        if (table.generation() != targetGeneration) {
            targetGeneration = table.generation();
            target = table.colourFor(instance);
        }
        if (!due() || !mayVerify()) {
            return;
        }
        if (moveFailed && System.nanoTime() - nextMoveAttempt < 0) {
            return;
        }
        pauseClient();
        startCommand(Command.VERIFY, WireMessages.verifyCommand());
    }

    /** A move to the target colour, or a restore of search_path after a reset, is wanted. */
    private boolean due() {
        Colour wanted = target;
        return wanted != null && (wanted != colour || searchPathDirty) || searchPathInDoubt && colour != null;
    }

    /** After the verify: the server is idle and owes the client nothing; the move can go out. */
    private void afterVerify() {
        requests.clear(); // everything the client sent before the verify has been answered
        if (commandRefused || commandStatus != 'I' || !due() || closed) {
            resumeClient();
            return;
        }
        Colour wanted = target;
        if (wanted != null && (wanted != colour || searchPathDirty)) {
            moving = wanted;
            proxy.moveStarted();
            startCommand(Command.MOVE, proxy.moveCommand(wanted));
        } else {
            searchPathInDoubt = false;
            startCommand(Command.RESTORE, WireMessages.restoreCommand(colour));
        }
    }

    private void startCommand(Command kind, ByteBuf bytes) {
        command = kind;
        commandReplies = false;
        commandRefused = false;
        commandValue = null;
        commandStatus = 0;
        passRemaining = 0;
        swallowed = server.alloc().buffer(256);
        server.writeAndFlush(bytes, server.voidPromise());
    }

    /** The client's input waits (read, kept in order) until the proxy's commands are done. */
    private void pauseClient() {
        paused = true;
        client.config().setAutoRead(false);
    }

    private void resumeClient() {
        paused = false;
        ByteBuf waiting = pausedInput;
        pausedInput = null;
        if (waiting != null) {
            fromClient(waiting);
            server.flush();
        }
        if (!closed) {
            client.config().setAutoRead(server.isWritable());
        }
    }

    private void keepUntilResumed(ByteBuf in) {
        if (pausedInput == null) {
            pausedInput = client.alloc().buffer(Math.max(256, in.readableBytes()));
        }
        pausedInput.writeBytes(in);
        in.release();
    }

    /**
     * Replies while a command is out. Up to the command's first reply (the CloseComplete of its
     * opening Close) they are the client's: they go to it as they arrive, however large, and are
     * counted as any reply. From there on they are the command's, small and read whole:
     * ParameterStatus, notices and notifications reach the client, the rest are read and dropped.
     */
    private void swallow(ByteBuf in) {
        while (!commandReplies && in.isReadable() && !closed) {
            if (passRemaining > 0) {
                int n = Math.min(passRemaining, in.readableBytes());
                passRemaining -= n;
                passToClient(in.readRetainedSlice(n));
                continue;
            }
            if (partialHeader == null) {
                partialHeader = server.alloc().buffer(5);
            }
            int take = Math.min(5 - partialHeader.readableBytes(), in.readableBytes());
            partialHeader.writeBytes(in, take);
            if (partialHeader.readableBytes() < 5) {
                break;
            }
            byte type = partialHeader.getByte(0);
            int length = partialHeader.getInt(1);
            ByteBuf header = partialHeader;
            partialHeader = null;
            if (type == '3') {
                commandReplies = true; // the command's own replies begin here
                swallowed.writeBytes(header);
                header.release();
                break;
            }
            if (length < 4) {
                header.release();
                close();
                break;
            }
            passRemaining = length - 4;
            passToClient(header);
        }
        if (closed || !commandReplies) {
            in.release();
            return;
        }
        try {
            if (swallowed.readableBytes() + in.readableBytes() > MAX_SWALLOW) {
                LOG.warn("the server's reply to a command of the proxy exceeded {} bytes; closing the connection",
                        MAX_SWALLOW);
                close();
                return;
            }
            swallowed.writeBytes(in);
        } finally {
            in.release();
        }
        while (swallowed != null && swallowed.readableBytes() >= 5) {
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
                case 'D' -> {
                    if (commandValue == null) {
                        commandValue = WireMessages.column(swallowed, start + 5, length - 4, 0);
                    }
                }
                case 'E' -> {
                    byte[] body = new byte[Math.min(length - 4, 256)];
                    swallowed.getBytes(start + 5, body);
                    commandRefused = true;
                    LOG.warn("the server refused the proxy's {} for a connection of {} (SQLSTATE {})", command,
                            instance, WireMessages.sqlState(body, body.length));
                }
                default -> {
                    // ParseComplete, BindComplete, CommandComplete, CloseComplete, RowDescription
                }
            }
            swallowed.skipBytes(1 + length);
            if (type == 'Z') {
                commandStatus = length > 4 ? swallowed.getByte(start + 5) : (byte) 'I';
                transactionStatus = commandStatus;
                ByteBuf rest = swallowed;
                swallowed = null;
                Command done = command;
                command = null;
                finish(done);
                if (closed) {
                    rest.release();
                    return;
                }
                if (rest.isReadable()) {
                    fromServer(rest); // the server sends nothing unasked, but a notification may follow
                } else {
                    rest.release();
                }
                client.flush();
                return;
            }
        }
    }

    /** A piece of the client's replies that came before a command's marker: counted, then sent on. */
    private void passToClient(ByteBuf piece) {
        if (!fromServer.scan(piece, serverSink)) {
            piece.release();
            close();
            return;
        }
        if (closed) {
            piece.release();
            return;
        }
        client.write(piece, client.voidPromise());
    }

    private void finish(Command done) {
        switch (done) {
            case LOGIN_CHECK -> {
                boolean mayBeSuperuser = !"f".equals(commandValue);
                if (commandRefused || commandValue == null
                        || (mayBeSuperuser && !proxy.settings().allowSuperusers())) {
                    proxy.metrics().refused(commandRefused || commandValue == null ? "login-check" : "superuser");
                    failClient("42501", commandRefused || commandValue == null
                            ? "the proxy could not check the session's user: try again"
                            : "superusers, and members of a superuser role, may not connect through the proxy:"
                            + " connect as an application role (or set facade.proxy.allow-superusers)");
                    return;
                }
                becomeReady();
            }
            case VERIFY -> afterVerify();
            case RESTORE -> {
                if (!commandRefused && commandValue != null) {
                    proxy.metrics().searchPathRestored(); // it had been reset: it is the colour's again
                }
                resumeClient();
            }
            case MOVE -> {
                finishMove();
                resumeClient();
            }
        }
    }

    private void finishMove() {
        proxy.moveFinished();
        if (commandRefused) {
            moveFailed = true;
            proxy.metrics().moveFailed();
            nextMoveAttempt = System.nanoTime() + MOVE_RETRY_NANOS;
            client.eventLoop().schedule(this::maybeMove, MOVE_RETRY_NANOS, TimeUnit.NANOSECONDS);
            return;
        }
        moveFailed = false;
        searchPathDirty = false;
        searchPathInDoubt = false;
        if (moving == colour) {
            proxy.metrics().searchPathRestored(); // the client reset or changed it; it is the colour's again
        } else {
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
        client.config().setAutoRead(writable && !paused);
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
            if (command == Command.MOVE) {
                proxy.moveFinished();
            }
        }
        release(clientEarly);
        release(held);
        release(pausedInput);
        release(partialHeader);
        pausedInput = null;
        partialHeader = null;
        release(serverEarly);
        release(firstReady);
        clientEarly = null;
        held = null;
        serverEarly = null;
        firstReady = null;
        if (meters != null) {
            meters.disconnected();
        }
        proxy.unregister(this);
    }

    private static void release(ByteBuf buffer) {
        if (buffer != null && buffer.refCnt() > 0) {
            buffer.release();
        }
    }
}
