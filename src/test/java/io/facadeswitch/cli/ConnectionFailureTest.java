package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.CommandProcess;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached is told in one line: where, what the server said, what to check. */
class ConnectionFailureTest {

    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestPostgres.newDatabase();
    }

    @Test
    void aWrongDatabaseNameSaysThatDatabaseDoesNotExist() {
        CliRun run = status(db.url().replace(db.name(), "no_such_db"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("error: cannot connect to " + hostAndPort() + "/no_such_db:"
                + " database \"no_such_db\" does not exist; create that database, or name an existing one in --db-url"
                + " (FACADE_DB_URL) [DB_CONNECTION_FAILED]");
    }

    @Test
    void aPortWhereNothingListensSaysConnectionRefused() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        CliRun run = status("jdbc:postgresql://127.0.0.1:" + closed + "/app");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("error: cannot connect to 127.0.0.1:" + closed + "/app:"
                + " connection refused; check the host and port in --db-url (FACADE_DB_URL), and that PostgreSQL runs"
                + " there and accepts TCP/IP connections [DB_CONNECTION_FAILED]");
    }

    @Test
    void anUnknownRoleSaysSoAndPointsAtTheUser() {
        CliRun run = CliRun.of(List.of("status", "--db-url", db.url(), "--db-user", "no_such_role"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: cannot connect to " + hostAndPort() + "/" + db.name() + ":")
                .contains("no_such_role").endsWith("[DB_CONNECTION_FAILED]" + System.lineSeparator());
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void inItsOwnProcessTheWrongDatabaseIsAllThatIsPrinted() throws Exception {
        CommandProcess status = CommandProcess.start(processArgs(false), passwordVariable());

        assertThat(status.awaitExit(Duration.ofSeconds(90))).isEqualTo(1);
        assertThat(status.output().lines().filter(line -> !line.isBlank())).containsExactly("error: cannot connect to "
                + hostAndPort() + "/no_such_db: database \"no_such_db\" does not exist; create that database, or name"
                + " an existing one in --db-url (FACADE_DB_URL) [DB_CONNECTION_FAILED]");
    }

    @Test
    void verboseLogsTheStackTraceAtDebugBeforeTheSameLine() throws Exception {
        CommandProcess status = CommandProcess.start(processArgs(true), passwordVariable());

        assertThat(status.awaitExit(Duration.ofSeconds(90))).isEqualTo(1);
        assertThat(status.output()).containsPattern("DEBUG i\\.f\\.cli\\.FacadeSwitchCommand - facade-switch status failed")
                .contains("Caused by: org.postgresql.util.PSQLException")
                .endsWith("[DB_CONNECTION_FAILED]" + System.lineSeparator());
    }

    @Test
    void underJsonTheFailureIsAlsoOneDocumentOnStdout() {
        CliRun run = CliRun.of(List.of("status", "--json", "--db-url", db.url().replace(db.name(), "no_such_db"),
                "--db-user", db.user()));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().strip()).isEqualTo("{\"error\":{\"code\":\"DB_CONNECTION_FAILED\",\"message\":"
                + "\"cannot connect to " + hostAndPort() + "/no_such_db: database \\\"no_such_db\\\" does not exist;"
                + " create that database, or name an existing one in --db-url (FACADE_DB_URL)\",\"hint\":\"create"
                + " that database, or name an existing one in --db-url (FACADE_DB_URL)\"}}");
    }

    private static CliRun status(String url) {
        List<String> args = new ArrayList<>(List.of("status", "--db-url", url, "--db-user", db.user()));
        if (db.password() != null) {
            args.addAll(List.of("--db-password", db.password()));
        }
        return CliRun.of(args);
    }

    private static List<String> processArgs(boolean verbose) {
        List<String> args = new ArrayList<>(List.of("status", "--db-url", db.url().replace(db.name(), "no_such_db"),
                "--db-user", db.user()));
        if (verbose) {
            args.add("--verbose");
        }
        return args;
    }

    private static Map<String, String> passwordVariable() {
        return db.password() == null ? Map.of() : Map.of("FACADE_DB_PASSWORD", db.password());
    }

    private static String hostAndPort() {
        URI uri = URI.create(db.url().substring("jdbc:".length()));
        return uri.getHost() + ":" + uri.getPort();
    }
}
