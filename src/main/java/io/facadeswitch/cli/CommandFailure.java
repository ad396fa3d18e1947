package io.facadeswitch.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.facadeswitch.FacadeSwitchException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine.ParameterException;

/**
 * Why a command failed, as it is told: one line on stderr ({@code error: <message> [CODE]}) and,
 * under {@code --json}, one document on stdout, so that a pipeline's {@code jq} has something to
 * read. The code is the same one the HTTP API puts in its problem documents.
 *
 * @param code    a stable code ({@code DB_CONNECTION_FAILED}, {@code CLI_USAGE})
 * @param message what failed and why, as on stderr
 * @param hint    what to do: the message's last clause, after "; "; {@code null} when the
 *                message has no such clause
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CommandFailure(String code, String message, @Nullable String hint) {

    private static final String CLAUSE = "; ";

    /** A refusal or failure the tool knows, with its own code. */
    static CommandFailure of(FacadeSwitchException known) {
        return of(known.code(), known.getMessage());
    }

    /** The hint is the message's what-to-do: its last clause, after "; " (house style: what: why; what to do). */
    static CommandFailure of(String code, String message) {
        int clause = message.lastIndexOf(CLAUSE);
        return new CommandFailure(code, message, clause < 0 ? null : message.substring(clause + CLAUSE.length()).strip());
    }

    /** Something the tool did not expect: the exception's own words, and how to see more. */
    static CommandFailure unexpected(Throwable error, boolean verbose) {
        return of(CliErrorCode.UNEXPECTED.code(), error.getClass().getSimpleName() + ": " + error.getMessage()
                + (verbose ? "" : CLAUSE + "run again with --verbose for details"));
    }

    /** The command line was wrong (exit 2); unless the message says what to do, the way to the options. */
    static CommandFailure usage(ParameterException error, List<String> args) {
        String code = error instanceof SwitchCommand.NoDatabaseGiven ? CliErrorCode.NO_DATABASE.code()
                : CliErrorCode.USAGE.code();
        String message = error.getMessage() + Suggestions.forError(error, args)
                .map(near -> " (did you mean " + near + "?)").orElse("");
        return of(code, message.contains(CLAUSE) ? message : message + CLAUSE + "run '"
                + error.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options");
    }

    /** The stderr line: {@code error: <message> [CODE]}. */
    String line() {
        return "error: " + message + " [" + code + "]";
    }

    /** {@code {"error":{"code":…,"message":…,"hint":…}}}. */
    String json() {
        try {
            return ObjectMapper.getDefault().writeValueAsString(new Document(this));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the error document", e);
        }
    }

    @Serdeable
    record Document(CommandFailure error) {
    }
}
