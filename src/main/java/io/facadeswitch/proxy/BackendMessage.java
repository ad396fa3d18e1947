package io.facadeswitch.proxy;

/**
 * The first byte of each message the server sends (protocol 3.0). Several share a letter with a
 * client's message of another meaning ({@code 'S'} is ParameterStatus here and Sync from the
 * client, {@code 'C'} CommandComplete here and Close there): which class a constant comes from
 * says which direction it belongs to.
 */
final class BackendMessage {

    static final byte AUTHENTICATION = 'R';
    static final byte BACKEND_KEY_DATA = 'K';
    static final byte BIND_COMPLETE = '2';
    static final byte CLOSE_COMPLETE = '3';
    static final byte COMMAND_COMPLETE = 'C';
    static final byte COPY_BOTH_RESPONSE = 'W';
    static final byte COPY_IN_RESPONSE = 'G';
    static final byte COPY_OUT_RESPONSE = 'H';
    static final byte DATA_ROW = 'D';
    static final byte EMPTY_QUERY_RESPONSE = 'I';
    static final byte ERROR_RESPONSE = 'E';
    static final byte FUNCTION_CALL_RESPONSE = 'V';
    static final byte NO_DATA = 'n';
    static final byte NOTICE_RESPONSE = 'N';
    static final byte NOTIFICATION_RESPONSE = 'A';
    static final byte PARAMETER_DESCRIPTION = 't';
    static final byte PARAMETER_STATUS = 'S';
    static final byte PARSE_COMPLETE = '1';
    static final byte PORTAL_SUSPENDED = 's';
    static final byte READY_FOR_QUERY = 'Z';
    static final byte ROW_DESCRIPTION = 'T';

    /** The field of an ErrorResponse or NoticeResponse that holds the SQLSTATE. */
    static final byte FIELD_SQLSTATE = 'C';

    /** ReadyForQuery's transaction status: idle, in a transaction block, in a failed one. */
    static final byte IDLE = 'I';
    static final byte IN_TRANSACTION = 'T';
    static final byte IN_FAILED_TRANSACTION = 'E';

    /** AuthenticationOk, the code of an Authentication message that asks nothing more. */
    static final int AUTHENTICATION_OK = 0;

    private BackendMessage() {
    }

    /** ParameterStatus, NoticeResponse, NotificationResponse: the server may send them at any time. */
    static boolean isAsynchronous(byte type) {
        return type == PARAMETER_STATUS || type == NOTICE_RESPONSE || type == NOTIFICATION_RESPONSE;
    }
}
