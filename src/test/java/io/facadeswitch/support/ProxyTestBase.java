package io.facadeswitch.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.api.SwitchServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;

/**
 * Release 1.0.0 active on blue, 1.1.0 deployed on green (the same columns), and a switch replica
 * whose proxy the test's application connections go through.
 */
public abstract class ProxyTestBase extends ServerTestBase {

    protected SwitchServer server;

    @BeforeEach
    void releasesAndProxy() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        server = replica(proxySettings());
    }

    /** Extra settings for the replica. */
    protected Map<String, Object> proxySettings() {
        return Map.of();
    }

    protected int proxyPort() {
        return server.proxy().port();
    }

    /** The JDBC URL of the test database, through the proxy. */
    protected String proxyUrl() {
        return "jdbc:postgresql://127.0.0.1:" + proxyPort() + "/" + db.name();
    }

    /** An application connection through the proxy, as {@code instance} (its application_name). */
    protected Connection connect(String instance) throws SQLException {
        return connect(instance, new Properties());
    }

    protected Connection connect(String instance, Properties extra) throws SQLException {
        return connectThrough(server, "127.0.0.1", instance, extra);
    }

    /** Waits until this replica's proxy applies {@code generation}. */
    protected void awaitApplied(long generation) throws InterruptedException {
        awaitApplied(server, generation);
    }

    /** Waits until a connection's next statement sees {@code schema}; each probe is a statement of its own. */
    protected static void awaitSearchPath(Connection connection, String schema, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        String seen = searchPath(connection);
        while (!seen.equals(schema)) {
            assertThat(System.currentTimeMillis()).as("still on %s after %d ms", seen, millis).isLessThan(deadline);
            Thread.sleep(5);
            seen = searchPath(connection);
        }
    }
}
