package io.facadeswitch.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.pool.HikariPool;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/**
 * The server's refusals that no test server can be made to give on demand (the embedded one
 * trusts every login), told from pgjdbc's own exceptions as the pool wraps them.
 */
class ConnectionFailuresTest {

    private static final String URL = "jdbc:postgresql://deployer:s3cret@db.example:5432/app?sslmode=require";

    @Test
    void aWrongPasswordSaysSoAndPointsAtTheUserAndPasswordSettings() {
        PSQLException refused = new PSQLException(new ServerErrorMessage(
                "SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user \"deployer\"\0"));

        DatabaseException failure = ConnectionFailures.describe(URL, new IllegalStateException("pool", refused))
                .orElseThrow();

        assertThat(failure.getMessage()).isEqualTo("cannot connect to db.example:5432/app: password authentication"
                + " failed for user \"deployer\"; check --db-user (FACADE_DB_USER) and the password"
                + " (FACADE_DB_PASSWORD)");
        assertThat(failure.code()).isEqualTo("DB_CONNECTION_FAILED");
    }

    @Test
    void aRefusedConnectionSaysConnectionRefusedWithoutThePassword() {
        PSQLException refused = new PSQLException("Connection to db.example:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));

        String message = ConnectionFailures.describe(URL, refused).orElseThrow().getMessage();

        assertThat(message).isEqualTo("cannot connect to db.example:5432/app: connection refused; check the host and"
                + " port in --db-url (FACADE_DB_URL), and that PostgreSQL runs there and accepts TCP/IP connections");
    }

    @Test
    void aUrlOptionTheDriverCannotReadIsToldAsAConnectionFailureOfThePool() {
        PSQLException unreadable = new PSQLException("connectTimeout parameter value must be an integer but was: abc",
                PSQLState.INVALID_PARAMETER_VALUE);

        String message = ConnectionFailures.describe(URL, new HikariPool.PoolInitializationException(unreadable))
                .orElseThrow().getMessage();

        assertThat(message).isEqualTo("cannot connect to db.example:5432/app: connectTimeout parameter value must be"
                + " an integer but was: abc; check --db-url (FACADE_DB_URL), --db-user (FACADE_DB_USER) and the"
                + " password (FACADE_DB_PASSWORD)");
    }

    @Test
    void anErrorAfterConnectingIsNotAConnectionFailure() {
        PSQLException missingTable = new PSQLException(new ServerErrorMessage(
                "SERROR\0C42P01\0Mrelation \"x\" does not exist\0"));

        assertThat(ConnectionFailures.describe(URL, new SQLException("wrapped", missingTable))).isEmpty();
        assertThat(ConnectionFailures.describe(URL, missingTable)).isEmpty();
    }
}
