package io.facadeswitch.cli;

import picocli.CommandLine.Option;

/** Where a running switch is, for commands that can work through its API instead of the database. */
final class RemoteOptions {

    @Option(names = "--server", defaultValue = "${env:FACADE_SERVER}", paramLabel = "URL",
            description = "A running switch (serve), e.g. http://localhost:8080 (env FACADE_SERVER). The"
                    + " command then goes through its API, and the switch's own connection, instead of the database.")
    String server;

    @Option(names = "--token", defaultValue = "${env:FACADE_TOKEN}", paramLabel = "TOKEN",
            description = "Bearer token for --server (env FACADE_TOKEN; prefer the variable).")
    String token;

    boolean remote() {
        return server != null && !server.isBlank();
    }
}
