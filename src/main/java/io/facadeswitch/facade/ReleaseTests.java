package io.facadeswitch.facade;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a release's tests inside the caller's transaction, under a savepoint that is always rolled
 * back: tests may write, and nothing they write survives.
 */
public final class ReleaseTests {

    private ReleaseTests() {
    }

    /** Runs every test file in order; throws a {@link DeployException} naming the first failure. */
    public static int run(Connection connection, FacadeRelease release) throws SQLException {
        int statements = 0;
        try (Statement statement = connection.createStatement()) {
            statement.execute("SAVEPOINT facade_release_tests");
            try {
                for (FacadeFile test : release.tests()) {
                    SqlFileRunner.run(connection, test, DeployException.Code.TEST_FAILED);
                    statements += test.statements().size();
                }
            } finally {
                statement.execute("ROLLBACK TO SAVEPOINT facade_release_tests");
                statement.execute("RELEASE SAVEPOINT facade_release_tests");
            }
        }
        return statements;
    }
}
