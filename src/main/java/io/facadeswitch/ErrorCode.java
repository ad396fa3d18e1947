package io.facadeswitch;

/**
 * A stable, machine-readable error: the code scripts and tests match on, and the HTTP status the
 * API answers with. Each area lists its codes in one enum implementing this (as Flyway's
 * {@code CoreErrorCode} implements its {@code ErrorCode}), so a code is spelled once, in full,
 * where it can be found by searching for what a user saw.
 *
 * <p>The status is a plain number so that this package needs no HTTP types; the command line
 * prints the code and exits 1 whatever the status.
 */
public interface ErrorCode {

    /** The code as it appears on the wire, in the CLI's output and in the docs, e.g. {@code DEPLOY_SQL_FAILED}. */
    String code();

    /** The HTTP status the API answers with when this error reaches it. */
    int httpStatus();
}
