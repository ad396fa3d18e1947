package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * After release code ran in a pooled connection (a deploy through serve's API, a plan), the
 * connection goes back to the pool as clean as a new one: no temporary objects, no session
 * settings or advisory locks the release made, no prepared statements (the driver's own included:
 * they show that the session was discarded). With one connection in the pool, the next
 * borrower is sure to get that same session.
 */
class PooledSessionAfterReleaseCodeTest extends SwitchTestBase {

    @Override
    protected Map<String, Object> settings() {
        return Map.of("datasources.default.maximum-pool-size", 1);
    }

    @Test
    void aDeployLeavesNothingInTheSessionItRanIn() throws Exception {
        Path release = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Files.writeString(release.resolve("tests/000_session.sql"), """
                SELECT pg_catalog.set_config('facade_test.left_by', 'the release', false);
                SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', false);
                CREATE TEMPORARY TABLE left_by_the_release (id integer);
                SELECT pg_catalog.pg_advisory_lock(4242);
                """);

        deploy(release, "1.0.0");

        assertPooledSessionIsClean();
    }

    @Test
    void aRefusedDeployLeavesNothingEither() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        assertThatThrownBy(() -> deploy(Fixtures.failingTest(), "1.1.0")).isInstanceOf(DeployException.class);

        assertPooledSessionIsClean();
    }

    private void assertPooledSessionIsClean() throws Exception {
        // Unwrapped: the pool's own connection, outside any Micronaut-managed scope.
        try (Connection pooled = DelegatingDataSource.unwrapDataSource(context.bean(DataSource.class)).getConnection();
             Statement statement = pooled.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_catalog.current_setting('facade_test.left_by', true),"
                     + " (SELECT count(*) FROM pg_catalog.pg_class WHERE relnamespace = pg_catalog.pg_my_temp_schema()),"
                     + " (SELECT count(*) FROM pg_catalog.pg_proc WHERE pronamespace = pg_catalog.pg_my_temp_schema()),"
                     + " (SELECT count(*) FROM pg_catalog.pg_prepared_statements),"
                     + " pg_catalog.current_setting('search_path'),"
                     + " (SELECT count(*) FROM pg_catalog.pg_locks WHERE locktype = 'advisory'"
                     + " AND pid = pg_catalog.pg_backend_pid())")) {
            row.next();
            assertThat(row.getString(1)).as("a setting the release made").isNotEqualTo("the release");
            assertThat(row.getLong(2)).as("temporary relations").isZero();
            assertThat(row.getLong(3)).as("temporary functions").isZero();
            assertThat(row.getLong(4)).as("prepared statements").isZero();
            assertThat(row.getString(5)).as("the search_path").isEqualTo(db.value("SHOW search_path"));
            assertThat(row.getLong(6)).as("advisory locks held").isZero();
        }
    }
}
