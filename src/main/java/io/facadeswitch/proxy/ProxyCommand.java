package io.facadeswitch.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command of the proxy's own on a server connection, and the reading of its replies.
 *
 * <p>Every command opens with a Close of a statement no client uses, so the first
 * CloseComplete after it was sent is the command's marker: whatever the server sends before it
 * still answers the client, and goes to the client as it comes, however large. From the marker
 * on the replies are the command's, small, and read whole up to their ReadyForQuery:
 * ParameterStatus, notices and notifications still reach the client, an ErrorResponse marks the
 * command refused, the first column of the first DataRow is its value, the rest is dropped.
 */
final class ProxyCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyCommand.class);
    private static final int HEADER = 5;
    /** The most a command's own replies may take; a server that sends more is not a PostgreSQL. */
    private static final int MAX_REPLIES = 1 << 20;

    /** The proxy's commands, each answered in full before anything else moves on. */
    enum Kind {
        /** May the login become a superuser? */
        LOGIN_CHECK,
        /** A Sync of the proxy's own: is the server idle, and owes the client nothing? */
        VERIFY,
        /** {@code SET search_path} to the target colour. */
        MOVE,
        /** search_path back on the colour after a reset, if the reset put it on the session default. */
        RESTORE
    }

    /** Where the replies go. */
    interface Replies {
        /** A piece of the client's own replies, from before the marker: counted, then passed on. */
        void toClient(ByteBuf piece);

        /** A ParameterStatus, notice or notification among the command's own replies. */
        void asynchronous(ByteBuf message);

        /** The command's ReadyForQuery arrived; {@code rest} holds what the server sent after it. */
        void finished(ProxyCommand command, ByteBuf rest);

        /** The server broke the protocol: the connection must end. */
        void broken(String why);

        /** Whether the connection ended meanwhile (a reply passed on may have ended it). */
        boolean closed();
    }

    private final Kind kind;
    private final String instance;
    private ByteBuf own;
    private ByteBuf header;
    /** Bytes of a client's reply still to pass on before the marker. */
    private int passing;
    private boolean marked;
    private boolean refused;
    private String value;
    private byte status;

    ProxyCommand(Kind kind, String instance, ByteBufAllocator alloc) {
        this.kind = kind;
        this.instance = instance;
        this.own = alloc.buffer(256);
    }

    Kind kind() {
        return kind;
    }

    /** The server answered the command with an error. */
    boolean refused() {
        return refused;
    }

    /** The first column of the first row, or null (no row, or SQL NULL). */
    String value() {
        return value;
    }

    /** The transaction status of the command's ReadyForQuery. */
    byte status() {
        return status;
    }

    /** Takes the next bytes from the server; releases {@code in}. */
    void read(ByteBuf in, Replies replies) {
        while (!marked && in.isReadable() && !replies.closed()) {
            if (passing > 0) {
                int n = Math.min(passing, in.readableBytes());
                passing -= n;
                replies.toClient(in.readRetainedSlice(n));
                continue;
            }
            if (header == null) {
                header = in.alloc().buffer(HEADER);
            }
            header.writeBytes(in, Math.min(HEADER - header.readableBytes(), in.readableBytes()));
            if (header.readableBytes() < HEADER) {
                break;
            }
            ByteBuf complete = header;
            header = null;
            byte type = complete.getByte(0);
            int length = complete.getInt(1);
            if (type == BackendMessage.CLOSE_COMPLETE) {
                marked = true;
                own.writeBytes(complete);
                complete.release();
                break;
            }
            if (length < 4) {
                complete.release();
                replies.broken("a message of length " + length + " before the proxy's " + kind);
                break;
            }
            passing = length - 4;
            replies.toClient(complete);
        }
        if (replies.closed() || !marked) {
            in.release();
            return;
        }
        try {
            if (own.readableBytes() + in.readableBytes() > MAX_REPLIES) {
                LOG.warn("the server's reply to a command of the proxy exceeded {} bytes; closing the connection",
                        MAX_REPLIES);
                replies.broken("the reply to the proxy's " + kind + " exceeded " + MAX_REPLIES + " bytes");
                return;
            }
            own.writeBytes(in);
        } finally {
            in.release();
        }
        readOwn(replies);
    }

    private void readOwn(Replies replies) {
        while (own != null && own.readableBytes() >= HEADER) {
            int start = own.readerIndex();
            byte type = own.getByte(start);
            int length = own.getInt(start + 1);
            if (length < 4) {
                replies.broken("a message of length " + length + " in the reply to the proxy's " + kind);
                return;
            }
            if (own.readableBytes() < 1 + length) {
                return;
            }
            if (BackendMessage.isAsynchronous(type)) {
                replies.asynchronous(own.retainedSlice(start, 1 + length));
                if (replies.closed()) {
                    return; // the write failed and ended the connection, which let go of the replies
                }
            } else if (type == BackendMessage.DATA_ROW && value == null) {
                value = WireMessages.column(own, start + HEADER, length - 4, 0);
            } else if (type == BackendMessage.ERROR_RESPONSE) {
                byte[] body = new byte[Math.min(length - 4, 256)];
                own.getBytes(start + HEADER, body);
                refused = true;
                LOG.warn("the server refused the proxy's {} for a connection of {} (SQLSTATE {})", kind, instance,
                        WireMessages.sqlState(body, body.length));
            }
            // ParseComplete, BindComplete, CommandComplete, CloseComplete, RowDescription: dropped
            own.skipBytes(1 + length);
            if (type == BackendMessage.READY_FOR_QUERY) {
                status = length > 4 ? own.getByte(start + HEADER) : BackendMessage.IDLE;
                ByteBuf rest = own;
                own = null;
                replies.finished(this, rest);
                return;
            }
        }
    }

    /** The connection ended first: lets go of what is still held. */
    void release() {
        if (own != null && own.refCnt() > 0) {
            own.release();
        }
        if (header != null && header.refCnt() > 0) {
            header.release();
        }
        own = null;
        header = null;
    }
}
