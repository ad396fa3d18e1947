package io.facadeswitch.cli;

import io.facadeswitch.ErrorCode;

/**
 * The command line was wrong, or could not talk with a running switch. Never answered over HTTP; the status
 * is there because every code has one. A refusal from the switch keeps the switch's own code.
 */
public enum CliErrorCode implements ErrorCode {

    REQUEST("CLI_REQUEST", 500),
    ANSWER("CLI_ANSWER", 500),
    UNREACHABLE("CLI_UNREACHABLE", 500),
    INTERRUPTED("CLI_INTERRUPTED", 500),
    /** The command line was wrong: an unknown option, a missing value (exit status 2). */
    USAGE("CLI_USAGE", 400),
    /** No database given, and no embedded one to use (exit status 2). */
    NO_DATABASE("CLI_NO_DATABASE", 400),
    /** Something the tool did not expect; {@code --verbose} shows the stack trace. */
    UNEXPECTED("CLI_UNEXPECTED", 500);

    private final String code;
    private final int httpStatus;

    CliErrorCode(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }
}
