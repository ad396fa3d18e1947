package io.facadeswitch.proxy;

/**
 * What the client has asked that the server has not answered with ReadyForQuery yet, in order,
 * kept the way the server processes it (PostgreSQL's {@code PostgresMain}):
 *
 * <ul>
 *   <li>each Query and FunctionCall gets one ReadyForQuery, always after at least one other
 *       reply (CommandComplete, EmptyQueryResponse, FunctionCallResponse, ErrorResponse, ...);
 *   <li>extended-protocol messages form a group that the next Sync closes, with one
 *       ReadyForQuery; a group of nothing but Flush answers with a bare ReadyForQuery;
 *   <li>after an error inside a group the server discards every message up to the next Sync,
 *       Queries included: those are never answered;
 *   <li>a Sync read during COPY FROM STDIN is ignored, so the one sent with the Execute that
 *       began the copy is never answered;
 *   <li>a Sync sent during a simple-query COPY that then fails is answered only if the server
 *       reads it after the failure, which the proxy cannot see. It stays in the queue as
 *       <em>maybe</em> answered, and the reply decides: its answer is a bare ReadyForQuery (no
 *       other reply since the last one), which no Query, FunctionCall or ordinary group gives.
 * </ul>
 *
 * <p>When the order leaves a doubt (a maybe-answered Sync before a bare one of the client's), the
 * queue takes the reading that empties it sooner: a ReadyForQuery it did not expect is then
 * ignored, and the proxy's commands tell their replies from the client's by their own marker,
 * so an early boundary can only put a move after a Sync, which changes no transaction state.
 * Allocation-free unless a client pipelines more than it holds.
 */
final class RequestQueue {

    private static final byte QUERY = 'Q';
    private static final byte FUNCTION_CALL = 'F';
    /** A Sync that closes a group with something in it: its answer follows the group's replies. */
    private static final byte SYNC = 'S';
    /** A Sync alone, or after Flush only: its answer is a bare ReadyForQuery. */
    private static final byte BARE_SYNC = 's';
    /** Extended-protocol messages not yet closed by a Sync. */
    private static final byte GROUP = 'x';
    /** Only Flush so far, not yet closed by a Sync. */
    private static final byte FLUSH_GROUP = 'h';
    /** A Sync sent during COPY FROM STDIN that failed: answered or not, the reply will tell. */
    private static final byte MAYBE_SYNC = 'm';

    private byte[] entries = new byte[16];
    private int head;
    private int size;
    /** The server is discarding everything up to the next Sync the client has not sent yet. */
    private boolean skipping;

    /** A Query or FunctionCall the client sent. */
    void query(byte type) {
        if (!skipping) {
            push(type == 'F' ? FUNCTION_CALL : QUERY);
        }
    }

    /** A Sync the client sent (it also ends the server's discarding). */
    void sync() {
        if (skipping) {
            skipping = false;
            push(SYNC); // closes the group whose error began the discarding: not bare
            return;
        }
        if (size > 0 && last() == GROUP) {
            entries[index(size - 1)] = SYNC;
        } else if (size > 0 && last() == FLUSH_GROUP) {
            entries[index(size - 1)] = BARE_SYNC;
        } else {
            push(BARE_SYNC);
        }
    }

    /** An extended-protocol message the client sent: Parse, Bind, Describe, Execute, Close or Flush. */
    void extended(byte type) {
        if (skipping) {
            return;
        }
        boolean flush = type == 'H';
        if (size > 0 && last() == GROUP) {
            return;
        }
        if (size > 0 && last() == FLUSH_GROUP) {
            if (!flush) {
                entries[index(size - 1)] = GROUP;
            }
            return;
        }
        push(flush ? FLUSH_GROUP : GROUP);
    }

    /** A Sync the client sent while a COPY FROM STDIN ran. */
    void syncDuringCopy() {
        push(MAYBE_SYNC);
    }

    /**
     * The server began a COPY FROM STDIN. Begun by an Execute, the Sync the client already sent
     * with it is read during the copy, and ignored: the Sync after CopyDone or CopyFail answers.
     */
    void copyInStarted() {
        if (size > 0 && at(0) == SYNC) {
            entries[index(0)] = GROUP; // the group stays open: its Sync was read in copy mode
        }
    }

    /** The COPY FROM STDIN completed: every Sync sent during it was read in copy mode, and ignored. */
    void copyCompleted() {
        removeAll(MAYBE_SYNC);
    }

    /**
     * The server answered with ReadyForQuery, {@code bare} if nothing but asynchronous messages
     * came since the last one. True when it answered one of the client's requests; false for an
     * answer the queue could not expect (a maybe-answered Sync's, or one it has already given up).
     */
    boolean ready(boolean bare) {
        while (size > 0 && at(0) == MAYBE_SYNC) {
            if (bare && !bareSyncNext()) {
                pop(); // the answer to a Sync read after the COPY failed
                return false;
            }
            pop(); // read during the copy, and ignored
        }
        int open = 0;
        while (open < size && (at(open) == GROUP || at(open) == FLUSH_GROUP)) {
            open++;
        }
        if (open == size) {
            // Nothing closed by a Sync is waiting: an answer the queue did not expect.
            if (skipping) {
                skipping = false; // the server answered a Sync read in copy mode: it stopped discarding
                size = 0;
            }
            return false;
        }
        if (bare && at(open) != BARE_SYNC) {
            return false; // no Query, FunctionCall or group with content is answered bare: not theirs
        }
        for (int i = 0; i <= open; i++) {
            pop();
        }
        return true;
    }

    /** The server reported an error: inside a group, it now skips up to the group's Sync. */
    void error() {
        while (size > 0 && at(0) == MAYBE_SYNC) {
            pop(); // a later request is being answered: these were read during the copy, and ignored
        }
        if (size == 0 || (at(0) != GROUP && at(0) != FLUSH_GROUP)) {
            return; // a Query's or FunctionCall's own error, or one in a group its Sync closes: one answer follows
        }
        int sync = indexOfSync(1);
        if (sync < 0) {
            size = 1; // everything after the group is discarded, and so is what comes until the Sync
            entries[index(0)] = GROUP;
            skipping = true;
            return;
        }
        entries[index(sync)] = SYNC; // whatever it closed, its answer now follows an error: not bare
        removeRange(1, sync);
    }

    boolean isEmpty() {
        return size == 0 && !skipping;
    }

    int size() {
        return size;
    }

    /** After the run of maybe-answered Syncs at the head, does a bare Sync (after Flush only, or none) come? */
    private boolean bareSyncNext() {
        int i = 0;
        while (i < size && at(i) == MAYBE_SYNC) {
            i++;
        }
        return i < size && at(i) == BARE_SYNC;
    }

    private int indexOfSync(int from) {
        for (int i = from; i < size; i++) {
            if (at(i) == SYNC || at(i) == BARE_SYNC) {
                return i;
            }
        }
        return -1;
    }

    private int index(int i) {
        return (head + i) & (entries.length - 1);
    }

    private byte at(int i) {
        return entries[index(i)];
    }

    private byte last() {
        return at(size - 1);
    }

    private void push(byte kind) {
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
    }

    /** Removes entries {@code [from, to)}, keeping the order of the rest. */
    private void removeRange(int from, int to) {
        int n = to - from;
        for (int i = from; i + n < size; i++) {
            entries[index(i)] = at(i + n);
        }
        size -= n;
    }

    private void removeAll(byte kind) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            byte entry = at(i);
            if (entry != kind) {
                entries[index(kept++)] = entry;
            }
        }
        size = kept;
    }
}
