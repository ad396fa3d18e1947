package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.ProxyTestBase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same traffic over each of the proxy's transports: a prepared statement's rows, a large
 * result, and a flip that moves the connection without a reconnect.
 */
abstract class TransportTrafficTest extends ProxyTestBase {

    /** The value of facade.proxy.transport, and the transport the proxy must end up on. */
    abstract String transport();

    @Override
    protected Map<String, Object> proxySettings() {
        return Map.of("facade.proxy.transport", transport(), "facade.proxy.io-threads", 1);
    }

    @Test
    void theProxyRunsOnTheTransportAskedFor() {
        assertThat(server.proxy().transportText()).isEqualTo(transport() + ", 1 event loop");
    }

    @Test
    void statementsAndLargeResultsPassAndAFlipMovesTheConnection() throws Exception {
        try (Connection app = connect("app-1")) {
            String pid = scalar(app, "SELECT pg_backend_pid()");
            try (PreparedStatement rows = app.prepareStatement("SELECT repeat('x', 1000) || g FROM generate_series(1, ?) g")) {
                rows.setInt(1, 5_000); // about 5 MB: many reads and writes, with back-pressure
                int count = 0;
                long length = 0;
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        count++;
                        length += rs.getString(1).length();
                    }
                }
                assertThat(count).isEqualTo(5_000);
                assertThat(length).isEqualTo(5_000L * 1000 + 9 + 90 * 2 + 900 * 3 + 4001 * 4);
            }
            routing().promote("tester", "test", null);

            awaitSearchPath(app, "facade_green", 5_000);
            assertThat(scalar(app, "SELECT pg_backend_pid()")).as("the same server connection").isEqualTo(pid);
        }
    }
}
