package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.WireClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proxy refuses superusers by who logged in, not by what the session reports: PostgreSQL
 * reports {@code is_superuser} for the current role, which a startup option or a role default
 * can make a plain one while the session user stays a superuser and can switch back at will.
 */
class SuperuserLoginTest extends ProxyTestBase {

    static Stream<Arguments> identityOptions() {
        return Stream.of(
                Arguments.of("options", "-c role=%s"),
                Arguments.of("options", "-crole=%s"),
                Arguments.of("options", "--role=%s"),
                Arguments.of("options", "-c ROLE=%s"),
                Arguments.of("options", "-c application_name=x -c session_authorization=%s"),
                Arguments.of("role", "%s"),
                Arguments.of("Session_Authorization", "%s"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("identityOptions")
    void aStartupParameterThatSetsTheRoleIsRefused(String name, String value) throws Exception {
        String superuser = superuser();
        try (WireClient client = WireClient.connect(proxyPort(), 5_000)) {
            client.send(WireClient.startupPacket(Map.of("user", superuser, "database", db.name(),
                    name, value.formatted(appRole))));

            WireClient.Message refusal = client.read();
            assertThat(refusal.type()).isEqualTo('E');
            assertThat(refusal.sqlState()).isEqualTo("42501");
            assertThat(refusal.text()).contains("connect as the application role itself");
            assertThat(client.closedByPeer()).isTrue();
        }
    }

    @Test
    void aSuperuserWhoseRoleDefaultIsAnApplicationRoleIsRefusedByItsLogin() throws Exception {
        String superuser = superuser();
        db.execute("ALTER ROLE " + superuser + " SET role = " + appRole);
        try (Connection direct = db.connectAs(superuser, "secret")) {
            // What fooled a check of the reported is_superuser: the session starts as the plain role.
            assertThat(scalar(direct, "SHOW is_superuser")).isEqualTo("off");
            assertThat(scalar(direct, "SELECT current_user")).isEqualTo(appRole);
        }

        assertThatThrownBy(() -> connectAs(superuser, new Properties()))
                .isInstanceOf(SQLException.class).hasMessageContaining("may not connect through the proxy")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
    }

    @Test
    void aPlainRoleWhoseRoleDefaultIsASuperuserIsRefused() throws Exception {
        String superuser = superuser();
        db.execute("GRANT " + superuser + " TO " + appRole, "ALTER ROLE " + appRole + " SET role = " + superuser);

        assertThatThrownBy(() -> connectAs(appRole, new Properties()))
                .isInstanceOf(SQLException.class).hasMessageContaining("may not connect through the proxy");
    }

    @Test
    void aMemberOfASuperuserRoleIsRefusedAtLogin() throws Exception {
        String superuser = superuser();
        String group = db.name() + "_admins";
        db.execute("DROP ROLE IF EXISTS " + group, "CREATE ROLE " + group + " NOLOGIN",
                "GRANT " + superuser + " TO " + group, "GRANT " + group + " TO " + appRole);
        try {
            // Two steps from a superuser: SET ROLE reaches it at any time, so the login is refused.
            assertThatThrownBy(() -> connectAs(appRole, new Properties()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("members of a superuser role, may not connect through the proxy")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
        } finally {
            db.execute("DROP ROLE " + group);
        }
        try (Connection app = connectAs(appRole, new Properties())) {
            assertThat(scalar(app, "SELECT current_user")).isEqualTo(appRole);
        }
    }

    @Test
    void aPlainRoleThatBecomesASuperuserIsDisconnected() throws Exception {
        String superuser = superuser();
        try (Connection app = connect("app-1")) {
            // Granted after the login check passed: the session's report gives it away.
            db.execute("GRANT " + superuser + " TO " + appRole);
            assertThatThrownBy(() -> execute(app, "SET ROLE " + superuser + "; SELECT 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("the session became a superuser");
            assertThat(app.isValid(1)).isFalse();
        }
    }

    @Test
    void withSuperusersAllowedTheSameLoginsConnect() throws Exception {
        String superuser = superuser();
        SwitchServer allowing = replica(Map.of("facade.proxy.allow-superusers", true));
        Properties asApp = new Properties();
        asApp.setProperty("options", "-c role=" + appRole);
        try (Connection su = connectThrough(allowing, superuser, asApp)) {
            assertThat(scalar(su, "SELECT current_user")).isEqualTo(appRole);
            assertThat(scalar(su, "SELECT session_user")).isEqualTo(superuser);
            assertThat(searchPath(su)).isEqualTo("facade_blue");
        }
    }

    /** A fresh superuser with a password, named after this database so no other test shares it. */
    private String superuser() throws SQLException {
        String role = db.name() + "_su";
        db.execute("DROP ROLE IF EXISTS " + role, "CREATE ROLE " + role + " LOGIN SUPERUSER PASSWORD 'secret'");
        return role;
    }

    private Connection connectAs(String role, Properties extra) throws SQLException {
        return connectThrough(server, role, extra);
    }

    private Connection connectThrough(SwitchServer through, String role, Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", "secret");
        properties.putAll(extra);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + through.proxy().port() + "/" + db.name(),
                properties);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
