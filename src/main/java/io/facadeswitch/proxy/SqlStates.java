package io.facadeswitch.proxy;

/** The SQLSTATEs the proxy sends itself, as PostgreSQL spells them (Appendix A of its documentation). */
final class SqlStates {

    static final String CONNECTION_FAILURE = "08006";
    static final String PROTOCOL_VIOLATION = "08P01";
    static final String FEATURE_NOT_SUPPORTED = "0A000";
    static final String INVALID_AUTHORIZATION = "28000";
    static final String INSUFFICIENT_PRIVILEGE = "42501";
    static final String ADMIN_SHUTDOWN = "57P01";

    private SqlStates() {
    }
}
