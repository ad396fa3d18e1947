package io.facadeswitch.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
final class CommonOptions {

    @Option(names = "--verbose", description = "Log what happens and print stack traces of errors.")
    boolean verbose;

    @Option(names = "--quiet", description = "No progress on stderr (shown only on a terminal anyway).")
    boolean quiet;

    @Option(names = "--actor", defaultValue = "${env:FACADE_ACTOR}", paramLabel = "NAME",
            description = "Who is acting, for the audit log (env FACADE_ACTOR; default: the OS user).")
    String actor;

    String actor() {
        return actor == null || actor.isBlank() ? System.getProperty("user.name", "unknown") : actor.trim();
    }
}
