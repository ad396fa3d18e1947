package io.facadeswitch.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The zero-install database: PostgreSQL binaries from the jar, data kept in a local folder so
 * that state survives from one command to the next.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The demo application role that the embedded default grants each colour to. */
    public static final String DEMO_APP_ROLE = "facade_app";
    public static final String DEMO_APP_PASSWORD = "facade_app";

    private static final String PG_VERSION = "PG_VERSION";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Whether {@code dataDirectory} holds a PostgreSQL data folder (initdb writes {@code PG_VERSION} first). */
    public static boolean exists(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve(PG_VERSION));
    }

    public static EmbeddedPostgresServer start(Path dataDirectory) {
        EmbeddedPlatform.requireBinaries();
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // app.SwitchContext stops it after the services that use it; zonky's own hook would race them.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            server.createDemoRole();
            return server;
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory, e); // held by this process
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
                throw inUse(dataDirectory, e);
            }
            throw failed(dataDirectory, e);
        } catch (IOException | SQLException | RuntimeException e) {
            throw failed(dataDirectory, e);
        }
    }

    /**
     * Another process (a running {@code serve} or {@code demo}) holds the folder: its data is live,
     * so the advice is how to reach that server, never to remove the folder.
     */
    private static DatabaseException inUse(Path dataDirectory, Exception cause) {
        String reach = EmbeddedPlatform.runningPort(dataDirectory)
                .map(port -> "give this command --db-url jdbc:postgresql://localhost:" + port
                        + "/postgres --db-user postgres (the embedded server's port, new at each start)")
                .orElse("give this command --db-url and --db-user for that server");
        return new DatabaseException(DatabaseErrorCode.EMBEDDED_IN_USE, "the embedded PostgreSQL in "
                + dataDirectory.toAbsolutePath() + " is in use by another facade-switch process (a running serve"
                + " or demo): " + reach + ", or stop that process first", cause);
    }

    private static DatabaseException failed(Path dataDirectory, Exception cause) {
        return new DatabaseException(DatabaseErrorCode.EMBEDDED_FAILED, "could not start the embedded PostgreSQL in "
                + dataDirectory.toAbsolutePath() + ": " + cause.getMessage() + "; that folder holds this switch's"
                + " data: to start afresh, move it aside; or give --db-url to use your own server", cause);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    private void createDemoRole() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_roles WHERE rolname = '" + DEMO_APP_ROLE + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("CREATE ROLE " + DEMO_APP_ROLE + " LOGIN PASSWORD '" + DEMO_APP_PASSWORD + "'");
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new DatabaseException(DatabaseErrorCode.EMBEDDED_FAILED,
                    "could not stop the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
