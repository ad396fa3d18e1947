package io.facadeswitch.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What {@code deploy}, {@code migrate-core} and {@code plan} share through {@code --server}: the
 * switch works with its own connection and application roles, so options for the database are a
 * mistake there and are refused, not silently dropped. Their environment variables are ignored,
 * since a shell may hold them for other commands.
 */
final class SourceUpload {

    private static final List<String> DATABASE_OPTIONS = List.of("--db-url", "--db-user", "--db-password",
            "--data-dir", "--app-role");

    private SourceUpload() {
    }

    static void refuseDatabaseOptions(CommandSpec spec) {
        ParseResult parsed = spec.commandLine().getParseResult();
        List<String> given = DATABASE_OPTIONS.stream().filter(parsed::hasMatchedOption).toList();
        if (!given.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join(", ", given) + " cannot go with --server:"
                    + " through a running switch, " + spec.name() + " works with the switch's own connection and"
                    + " application roles; drop " + String.join(", ", given) + ", or drop --server to work on the"
                    + " database yourself");
        }
    }
}
