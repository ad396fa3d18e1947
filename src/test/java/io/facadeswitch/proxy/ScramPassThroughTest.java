package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Authentication passes through the proxy untouched. The shared test server trusts every login,
 * so this class starts a PostgreSQL of its own that demands SCRAM-SHA-256 over TCP.
 */
class ScramPassThroughTest {

    private static EmbeddedPostgres postgres;
    private static SwitchContext context;
    private static SwitchServer server;

    @BeforeAll
    static void scramServer() throws Exception {
        Path hba = Files.createTempFile("facade-scram-hba", ".conf");
        Files.writeString(hba, """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        postgres = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString())
                .setServerConfig("password_encryption", "scram-sha-256").start();
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        TestDatabase db = new TestDatabase(url, "postgres", null, "postgres");
        db.execute("CREATE ROLE scram_app LOGIN PASSWORD 'right-password'");
        context = db.start(Map.of("facade.proxy.port", 0, "micronaut.server.port", -1,
                "facade.api.tokens", "ops:operate:operate-secret-0123456789"));
        server = SwitchServer.start(context);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (context != null) {
            context.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aScramLoginThroughTheProxySucceedsWithTheRightPassword() throws Exception {
        try (Connection app = connect("right-password"); Statement statement = app.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_user")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("scram_app");
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.getPort()
                + "/postgres", "postgres", null); Statement statement = admin.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'scram_app'")) {
            row.next();
            assertThat(row.getBoolean(1)).as("the password is stored as a SCRAM verifier").isTrue();
        }
    }

    @Test
    void aWrongPasswordIsRefusedByTheServer() {
        assertThatThrownBy(() -> connect("wrong-password")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed for user \"scram_app\"");
    }

    private static Connection connect(String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "scram_app");
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.proxy().port() + "/postgres",
                properties);
    }
}
