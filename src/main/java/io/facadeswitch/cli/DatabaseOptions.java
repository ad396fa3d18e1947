package io.facadeswitch.cli;

import io.facadeswitch.db.ConnectionSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the database is; every command that talks to one mixes these in. */
final class DatabaseOptions {

    @Option(names = "--db-url", defaultValue = "${env:FACADE_DB_URL}", paramLabel = "JDBC_URL",
            description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost:5432/app (env FACADE_DB_URL)."
                    + " Without it, an embedded PostgreSQL is started with its data in --data-dir.")
    String url;

    @Option(names = "--db-user", defaultValue = "${env:FACADE_DB_USER}", paramLabel = "USER",
            description = "Database user (env FACADE_DB_USER).")
    String user;

    @Option(names = "--db-password", defaultValue = "${env:FACADE_DB_PASSWORD}", paramLabel = "PASSWORD",
            description = "Database password (env FACADE_DB_PASSWORD; prefer the variable: options show in ps).")
    String password;

    @Option(names = "--data-dir", defaultValue = "${env:FACADE_DATA_DIR:-.facade-switch/postgres}", paramLabel = "DIR",
            description = "Where the embedded PostgreSQL keeps its data (env FACADE_DATA_DIR, default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--env", defaultValue = "${env:FACADE_ENV}", paramLabel = "NAME",
            description = "Work on this environment of facade-switch.yaml: its database, application roles and gates"
                    + " (env FACADE_ENV). Options given here win over the file.")
    String environment;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The environments file (default: facade-switch.yaml in the working directory).")
    Path config;

    ConnectionSettings settings() {
        return new ConnectionSettings(url, user, password);
    }
}
