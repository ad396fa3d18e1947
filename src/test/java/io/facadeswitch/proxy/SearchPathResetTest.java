package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On a server that does not report {@code search_path} (PostgreSQL 17), the proxy learns that a
 * client reset it only from the command's tag. A connection that started on blue and moved to
 * green goes back to blue after {@code RESET ALL}: the proxy must put green back before the
 * client's next request, and only when search_path really was reset, never after a RESET of
 * something else.
 */
class SearchPathResetTest extends ProxyTestBase {

    private static final Pattern RESTORES = Pattern.compile("(?m)^facade_proxy_search_path_restores_total (\\S+)$");

    @Override
    protected TestDatabase newDatabase() {
        return TestPostgres.newDatabaseOnPostgres17();
    }

    static Stream<Arguments> resets() {
        return Stream.of(
                Arguments.of("RESET ALL", "extended"),
                Arguments.of("RESET ALL", "simple"),
                Arguments.of("reset \n\t search_path", "simple"),
                Arguments.of("/* first */ DiScArD -- a comment\n ALL", "simple"),
                Arguments.of("SELECT 1; RESET ALL; SELECT 2", "simple"),
                Arguments.of("SELECT 1; RESET ALL; SELECT 2", "extended"),
                Arguments.of("SET search_path TO DEFAULT", "extended"),
                Arguments.of("set search_path = default", "simple"),
                Arguments.of("BEGIN; RESET ALL; COMMIT", "simple"));
    }

    @ParameterizedTest(name = "{0} ({1} protocol)")
    @MethodSource("resets")
    void aCommandThatResetsSearchPathIsFollowedByTheColourAgain(String command, String protocol) throws Exception {
        try (Connection app = movedToGreen(protocol)) {
            double before = restores();

            execute(app, command);

            assertThat(searchPath(app)).as("the first statement after " + command).isEqualTo("facade_green");
            assertThat(restores()).isEqualTo(before + 1);
        }
    }

    @ParameterizedTest(name = "{0} ({1} protocol)")
    @CsvSource(delimiter = '|', value = {
            "RESET ROLE | simple",
            "RESET ROLE | extended",
            "RESET SESSION AUTHORIZATION | simple",
            "RESET enable_seqscan | extended",
            "SET enable_seqscan TO DEFAULT | simple",
            "SELECT 1; RESET statement_timeout | simple",
            "BEGIN; RESET ALL; ROLLBACK | simple",
    })
    void aResetOfAnythingElseLeavesTheClientsSearchPathAlone(String command, String protocol) throws Exception {
        try (Connection app = movedToGreen(protocol)) {
            // The client's own choice, which this server does not report: the proxy cannot see it.
            execute(app, "SET search_path TO public, facade_green");
            double before = restores();

            execute(app, command);

            assertThat(searchPath(app)).isEqualTo("public, facade_green");
            assertThat(restores()).isEqualTo(before);
        }
    }

    private Connection movedToGreen(String protocol) throws Exception {
        Properties mode = new Properties();
        mode.setProperty("preferQueryMode", protocol);
        Connection app = connect("app-1", mode);
        assertThat(app.getMetaData().getDatabaseMajorVersion()).as("a server that does not report search_path")
                .isLessThan(18);
        assertThat(searchPath(app)).isEqualTo("facade_blue");
        routing().promote("tester", "move the connection", null);
        awaitSearchPath(app, "facade_green", 5_000);
        return app;
    }

    private double restores() throws Exception {
        Matcher m = RESTORES.matcher(get(server, "/prometheus", null).body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
