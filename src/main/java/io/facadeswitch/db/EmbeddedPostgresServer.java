package io.facadeswitch.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory) {
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
        } catch (IOException | SQLException | RuntimeException e) {
            throw new DatabaseException(DatabaseErrorCode.EMBEDDED_FAILED, "could not start the embedded"
                    + " PostgreSQL in " + dataDirectory.toAbsolutePath() + ": " + e.getMessage()
                    + "; delete that folder to start afresh, or give --db-url to use your own server", e);
        }
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
