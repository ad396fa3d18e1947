package io.facadeswitch.proxy;

/**
 * The first byte of each message a client sends after its startup packet (protocol 3.0, "Message
 * Formats" in PostgreSQL's documentation). Plain constants, not an enum: they are compared on the
 * hot path, byte for byte.
 */
final class FrontendMessage {

    static final byte BIND = 'B';
    static final byte CLOSE = 'C';
    static final byte COPY_DATA = 'd';
    static final byte COPY_DONE = 'c';
    static final byte COPY_FAIL = 'f';
    static final byte DESCRIBE = 'D';
    static final byte EXECUTE = 'E';
    static final byte FLUSH = 'H';
    static final byte FUNCTION_CALL = 'F';
    static final byte PARSE = 'P';
    /** PasswordMessage, and the SASL and GSS responses, which share its type. */
    static final byte PASSWORD = 'p';
    static final byte QUERY = 'Q';
    static final byte SYNC = 'S';
    static final byte TERMINATE = 'X';

    /** The target of a Close or Describe: a prepared statement (the other is a portal). */
    static final byte STATEMENT = 'S';

    private FrontendMessage() {
    }
}
