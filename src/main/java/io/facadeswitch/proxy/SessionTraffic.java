package io.facadeswitch.proxy;

import java.nio.charset.StandardCharsets;

/**
 * What a session reads of its traffic as it passes, unchanged: the client's requests and the
 * server's answers (for the request queue), the transaction status, the statement, error and
 * latency counts, and the few texts that matter to the proxy (a tag that may have reset
 * search_path, a reported search_path or superuser status). Only the types the server framer
 * captures ({@link #CAPTURED}) have a body here; nothing the client sends is read.
 */
final class SessionTraffic implements MessageFramer.Sink {

    /** How much of a server message's body is read (tags, SQLSTATEs, parameter names). */
    static final int CAPTURE = 128;
    /** The message types whose body is read (see {@link MessageFramer}). */
    static final char[] CAPTURED = {(char) BackendMessage.READY_FOR_QUERY, (char) BackendMessage.COMMAND_COMPLETE,
        (char) BackendMessage.ERROR_RESPONSE, (char) BackendMessage.PARAMETER_STATUS};
    private static final byte[] DISCARD_ALL = "DISCARD ALL\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESET = "RESET\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SET = "SET\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEARCH_PATH = "search_path\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUPERUSER = "is_superuser\0on\0".getBytes(StandardCharsets.US_ASCII);

    /** The client's messages: each the server answers goes into the queue. */
    final MessageFramer.Sink requestSink = new MessageFramer.Sink() {
        @Override
        public void start(byte type, int length) {
            switch (type) {
                case FrontendMessage.QUERY, FrontendMessage.FUNCTION_CALL, FrontendMessage.SYNC,
                        FrontendMessage.PARSE, FrontendMessage.BIND, FrontendMessage.EXECUTE,
                        FrontendMessage.DESCRIBE, FrontendMessage.CLOSE -> {
                    requestSent();
                    requests.sent(type);
                }
                case FrontendMessage.FLUSH, FrontendMessage.COPY_DONE, FrontendMessage.COPY_FAIL -> requests.sent(type);
                default -> {
                    // copy data and Terminate need no bookkeeping
                }
            }
        }

        @Override
        public void end(byte type, byte[] body, int captured) {
            // nothing the client sends is read
        }
    };

    private final SessionHost host;
    private final RequestQueue requests;
    private final SessionColour colour;
    /** Called when the session became a superuser (SET ROLE) where superusers are refused. */
    private final Runnable becameSuperuser;
    private InstanceMeters meters;
    private byte transactionStatus = BackendMessage.IDLE;
    private boolean copyBoth;
    private boolean serverReportsSearchPath;
    private long requestStart;
    /** When the current request or transaction began (System.nanoTime), 0 when idle; read by the census. */
    private volatile long busySince;

    SessionTraffic(SessionHost host, RequestQueue requests, SessionColour colour, Runnable becameSuperuser) {
        this.host = host;
        this.requests = requests;
        this.colour = colour;
        this.becameSuperuser = becameSuperuser;
    }

    /** The first request after the server was last ready starts the clocks. */
    private void requestSent() {
        if (requests.size() == 0) {
            long now = System.nanoTime();
            requestStart = now;
            if (busySince == 0) {
                busySince = now;
            }
        }
    }

    /** A message from the server to the client. */
    @Override
    public void start(byte type, int length) {
        requests.reply(type);
        copyBoth |= type == BackendMessage.COPY_BOTH_RESPONSE;
    }

    @Override
    public void end(byte type, byte[] body, int captured) {
        if (meters == null) {
            return; // a reply before the login check's marker (a FATAL at shutdown): passed on, not counted
        }
        switch (type) {
            case BackendMessage.READY_FOR_QUERY -> readyForQuery(captured > 0 ? body[0] : BackendMessage.IDLE);
            case BackendMessage.COMMAND_COMPLETE -> {
                meters.statement();
                if (!serverReportsSearchPath && (WireMessages.startsWith(body, captured, RESET)
                        || WireMessages.startsWith(body, captured, DISCARD_ALL)
                        || WireMessages.startsWith(body, captured, SET))) {
                    // Only RESET ALL, RESET search_path, SET search_path TO DEFAULT and DISCARD ALL
                    // move search_path; the tag cannot tell which ran, so the next command asks.
                    colour.mayHaveReset();
                }
            }
            case BackendMessage.ERROR_RESPONSE -> {
                meters.statement();
                String sqlState = WireMessages.sqlState(body, captured);
                meters.error(WireMessages.errorClass(body, captured), sqlState);
                if (sqlState != null) {
                    host.errorPassedOn(sqlState);
                }
            }
            case BackendMessage.PARAMETER_STATUS -> {
                if (WireMessages.startsWith(body, captured, SEARCH_PATH)) {
                    colour.reported(body, captured);
                } else if (!host.allowSuperusers() && WireMessages.startsWith(body, captured, SUPERUSER)) {
                    becameSuperuser.run();
                }
            }
            case BackendMessage.EMPTY_QUERY_RESPONSE -> meters.statement();
            default -> {
                // rows, descriptions, notices and the rest pass through unread
            }
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
        if (status == BackendMessage.IDLE) {
            meters.transaction();
            if (requests.size() == 0) {
                busySince = 0;
            }
        }
    }

    /** Nanoseconds the connection has been busy (in a request or a transaction), 0 when idle. */
    long busyNanos() {
        long since = busySince;
        return since == 0 ? 0 : Math.max(1, System.nanoTime() - since);
    }

    /** The last ReadyForQuery's status, the client's or a command's. */
    byte transactionStatus() {
        return transactionStatus;
    }

    void transactionStatus(byte status) {
        transactionStatus = status;
    }

    /** Replication or CopyBoth started: the connection never moves. */
    boolean copyBoth() {
        return copyBoth;
    }

    /** A ParameterStatus during the login: PostgreSQL 18 and later report search_path. */
    void loginParameter(String parameter) {
        serverReportsSearchPath |= parameter.startsWith("search_path\0");
    }

    /** Counts from now on for these meters (a colour and instance), no longer for the last ones. */
    void countFor(InstanceMeters next) {
        stopCounting();
        next.connected();
        meters = next;
    }

    void stopCounting() {
        if (meters != null) {
            meters.disconnected();
        }
    }
}
