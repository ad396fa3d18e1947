package io.facadeswitch.proxy;

import static io.facadeswitch.proxy.FrontendMessage.BIND;
import static io.facadeswitch.proxy.FrontendMessage.CLOSE;
import static io.facadeswitch.proxy.FrontendMessage.DESCRIBE;
import static io.facadeswitch.proxy.FrontendMessage.EXECUTE;
import static io.facadeswitch.proxy.FrontendMessage.FUNCTION_CALL;
import static io.facadeswitch.proxy.FrontendMessage.PARSE;
import static io.facadeswitch.proxy.FrontendMessage.QUERY;
import static io.facadeswitch.proxy.FrontendMessage.SYNC;

/**
 * The client's messages the server has not finished with, one entry a message, matched against
 * the server's replies the way PostgreSQL's {@code PostgresMain} answers them:
 *
 * <ul>
 *   <li>Parse, Bind, Describe, Execute and Close each end with one reply of their own
 *       ({@code 1}, {@code 2}, {@code T}/{@code n}, {@code C}/{@code I}/{@code s}, {@code 3}) or
 *       an ErrorResponse; Query, FunctionCall and Sync end with ReadyForQuery; Flush, CopyDone and
 *       CopyFail outside a copy get nothing, so Flush is not kept at all;
 *   <li>an error in Parse, Bind, Describe, Execute or Close makes the server discard every
 *       message up to the next Sync, Queries included; an error in a Query, a FunctionCall or at
 *       a Sync does not;
 *   <li>from CopyInResponse on, the server reads the client's messages as the copy's until
 *       CopyDone or CopyFail: Syncs and Flushes are ignored there, anything else fails the copy.
 *       The messages sent into that stretch are <em>maybe</em> read by the copy. If the copy
 *       completes, it read them all. If it fails, it read some of them, which the proxy cannot
 *       see: the Syncs among them are taken as read by the copy (a reply nobody expects is then
 *       ignored), anything else as not, so the queue never forgets a request that can still
 *       run, and a client that sends Queries into a copy may keep its connection from moving.
 * </ul>
 *
 * <p>The proxy does not move a connection on this queue's word alone: it first sends a Sync of
 * its own and moves only once that has come back with the server idle (see {@link ProxySession}).
 * The queue decides when that is worth trying, and keeps the busy and latency figures.
 */
final class RequestQueue {

    /** The client's CopyDone or CopyFail: the end of what it sent into a copy. */
    private static final byte COPY_END = FrontendMessage.COPY_DONE;
    /** Flag on an entry sent into a running COPY FROM STDIN, which may have read it. */
    private static final byte MAYBE = (byte) 0x80;

    private byte[] entries = new byte[16];
    private int head;
    private int size;
    /** The server is discarding everything up to the next Sync the client has not sent yet. */
    private boolean skipping;
    /** The server is in COPY FROM STDIN. */
    private boolean copying;
    /** What the client sends now goes into that copy (it has not sent CopyDone or CopyFail yet). */
    private boolean clientInCopy;
    /** The copy running was begun by an Execute: the server stays in the client's batch after it. */
    private boolean copyByExecute;
    /**
     * The server has extended-protocol messages of the client's since its last Sync or Query: its
     * implicit transaction is open, and a Sync of anyone's would end it.
     */
    private boolean batchOpen;
    /** The head has had a reply of its own (a Query or FunctionCall always has, before its ReadyForQuery). */
    private boolean headReplied;
    /** The last ReadyForQuery answered one of the client's requests. */
    private boolean answered;

    // ---- the client's messages ------------------------------------------------------------------

    /** A message the client sent, by type; only those the server answers, or that end a copy, are kept. */
    void sent(byte type) {
        if (type == FrontendMessage.FLUSH) {
            batchOpen |= !clientInCopy; // nothing to answer, but the batch goes on
            return;
        }
        byte kind = switch (type) {
            case QUERY, FUNCTION_CALL, SYNC, PARSE, BIND, DESCRIBE, EXECUTE, CLOSE -> type;
            case FrontendMessage.COPY_DONE, FrontendMessage.COPY_FAIL -> COPY_END;
            default -> 0;
        };
        if (kind == 0) {
            return;
        }
        if (kind == COPY_END) {
            if (skipping) {
                return; // discarded by the server
            }
            // Kept even when no copy is known to run: the COPY may not have answered yet. Outside
            // a copy the server reads it and answers nothing, so it leaves when it reaches the head.
            clientInCopy = false;
            push(COPY_END);
            return;
        }
        if (clientInCopy) {
            push((byte) (kind | MAYBE));
            return;
        }
        batchOpen = isExtended(kind);
        if (skipping) {
            if (kind != SYNC) {
                return; // discarded by the server
            }
            skipping = false;
        }
        push(kind);
    }

    // ---- the server's replies -------------------------------------------------------------------

    /** A message from the server, by type, in order. */
    void reply(byte type) {
        if (BackendMessage.isAsynchronous(type)) {
            return;
        }
        dropFinishedCopyEnds();
        if (type != BackendMessage.READY_FOR_QUERY) {
            headReplied = true;
        }
        switch (type) {
            case BackendMessage.COPY_IN_RESPONSE -> copyInStarted();
            case BackendMessage.ERROR_RESPONSE -> error();
            case BackendMessage.COMMAND_COMPLETE -> {
                if (copying) {
                    copyCompleted();
                }
                finish(EXECUTE);
            }
            case BackendMessage.EMPTY_QUERY_RESPONSE, BackendMessage.PORTAL_SUSPENDED -> finish(EXECUTE);
            case BackendMessage.PARSE_COMPLETE -> finish(PARSE);
            case BackendMessage.BIND_COMPLETE -> finish(BIND);
            case BackendMessage.CLOSE_COMPLETE -> finish(CLOSE);
            case BackendMessage.ROW_DESCRIPTION, BackendMessage.NO_DATA -> finish(DESCRIBE);
            case BackendMessage.READY_FOR_QUERY -> ready();
            default -> {
                // rows, ParameterDescription, FunctionCallResponse, copy data: part of a longer answer
            }
        }
    }

    /** Whether the last ReadyForQuery answered a request of the client's (false for one nobody expected). */
    boolean answered() {
        return answered;
    }

    /** The server owes the client nothing and is not inside a batch of the client's. */
    boolean isEmpty() {
        return size == 0 && !skipping && !copying && !batchOpen;
    }

    /** The client's extended-protocol batch is open on the server: nobody else may send a Sync. */
    boolean batchOpen() {
        return batchOpen;
    }

    boolean copying() {
        return copying;
    }

    /**
     * Nothing can still run on the server but Syncs (and the client's copy ends): the point to try
     * a move, once the proxy's own Sync confirms it.
     */
    boolean onlySyncsPending() {
        if (skipping || copying || clientInCopy || batchOpen) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            byte kind = (byte) (at(i) & ~MAYBE);
            if (kind != SYNC && kind != COPY_END) {
                return false;
            }
        }
        return true;
    }

    /** The proxy's own Sync came back after everything the client had sent: nothing is left. */
    void clear() {
        size = 0;
        skipping = false;
        copying = false;
        clientInCopy = false;
        batchOpen = false;
    }

    int size() {
        return size;
    }

    private void finish(byte kind) {
        if (size > 0 && at(0) == kind) {
            pop();
        }
        // a Query's part (CommandComplete, RowDescription of a Query) or something not ours: nothing ends
    }

    private void ready() {
        answered = false;
        if (skipping) {
            // A Sync the queue took as read by a copy ended the server's discarding.
            skipping = false;
            size = 0;
            return;
        }
        if (size == 0) {
            return;
        }
        byte kind = at(0);
        if ((kind == QUERY || kind == FUNCTION_CALL) && !headReplied) {
            return; // a Query answers something before its ReadyForQuery: this is a stray Sync's
        }
        if (kind == QUERY || kind == FUNCTION_CALL || kind == SYNC) {
            pop();
            answered = true;
        }
        // else: not an answer to the head (a Sync's the queue let go); the head still waits
    }

    private void error() {
        if (copying) {
            copyFailed();
        }
        if (size == 0) {
            return;
        }
        byte kind = at(0);
        if (kind == QUERY || kind == FUNCTION_CALL || kind == SYNC) {
            return; // its ReadyForQuery follows; nothing is discarded
        }
        // Parse, Bind, Describe, Execute or Close failed: everything up to the next Sync is discarded.
        int sync = -1;
        for (int i = 1; i < size; i++) {
            if (at(i) == SYNC) {
                sync = i;
                break;
            }
        }
        if (sync < 0) {
            size = 0;
            skipping = true;
            return;
        }
        for (int i = 0; i < sync; i++) {
            pop();
        }
    }

    /** CopyInResponse for the head: what the client sent after it, up to its CopyDone/CopyFail, goes to the copy. */
    private void copyInStarted() {
        copying = true;
        copyByExecute = size > 0 && at(0) == EXECUTE;
        int i = 1;
        for (; i < size; i++) {
            if (at(i) == COPY_END) {
                return; // the client ended its copy data already
            }
            entries[index(i)] = (byte) (at(i) | MAYBE);
        }
        clientInCopy = true;
    }

    /** The copy read up to the client's CopyDone: every message sent into it was read by it, and ignored. */
    private void copyCompleted() {
        copying = false;
        clientInCopy = false;
        int kept = 0;
        boolean endSeen = false;
        for (int i = 0; i < size; i++) {
            byte entry = at(i);
            if ((entry & MAYBE) != 0 || (entry == COPY_END && !endSeen)) {
                endSeen |= entry == COPY_END;
                continue;
            }
            entries[index(kept++)] = entry;
        }
        size = kept;
        afterCopy();
    }

    /**
     * The copy failed, having read an unknown part of what was sent into it; the rest the server
     * now reads as ever. Syncs are taken as read (an answer nobody expects is ignored), anything
     * else as still to run; the CopyDone or CopyFail that ended the client's part is ignored.
     */
    private void copyFailed() {
        copying = false;
        clientInCopy = false;
        int kept = 0;
        boolean endSeen = false;
        for (int i = 0; i < size; i++) {
            byte entry = at(i);
            if (entry == (byte) (SYNC | MAYBE) || (entry == COPY_END && !endSeen)) {
                endSeen |= entry == COPY_END;
                continue;
            }
            entries[index(kept++)] = (byte) (entry & ~MAYBE);
        }
        size = kept;
        afterCopy();
    }

    /**
     * The Syncs a copy read did not end the client's batch: after a copy an Execute began, the
     * batch stays open up to the next Sync or Query still queued.
     */
    private void afterCopy() {
        if (!copyByExecute) {
            return;
        }
        copyByExecute = false;
        batchOpen = true;
        for (int i = 1; i < size; i++) {
            if (at(i) != COPY_END) {
                batchOpen = isExtended(at(i));
            }
        }
    }

    private static boolean isExtended(byte kind) {
        return kind == PARSE || kind == BIND || kind == DESCRIBE || kind == EXECUTE || kind == CLOSE;
    }

    /** A CopyDone or CopyFail at the head, no copy running: the server reads it and answers nothing. */
    private void dropFinishedCopyEnds() {
        while (!copying && size > 0 && at(0) == COPY_END) {
            pop();
        }
    }

    private int index(int i) {
        return (head + i) & (entries.length - 1);
    }

    private byte at(int i) {
        return entries[index(i)];
    }

    private void push(byte kind) {
        if (size == 0) {
            headReplied = false;
        }
        if (size == entries.length) {
            byte[] larger = new byte[entries.length * 2];
            for (int i = 0; i < size; i++) {
                larger[i] = at(i);
            }
            entries = larger;
            head = 0;
        }
        entries[index(size)] = kind;
        size++;
    }

    private void pop() {
        head = (head + 1) & (entries.length - 1);
        size--;
        headReplied = false;
    }
}
