package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.ProxyTestBase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** TLS between client and proxy: refused by default, terminated with the configured certificate when set. */
class ProxyTlsTest extends ProxyTestBase {

    private static final Path CERTIFICATE = Path.of("src/test/resources/tls/proxy-test.crt");
    private static final Path KEY = Path.of("src/test/resources/tls/proxy-test.key");

    @Test
    void aClientThatRequiresTlsIsToldTheProxyHasNoneByDefault() {
        assertThatThrownBy(() -> connect("app-1", ssl("require"))).isInstanceOf(SQLException.class)
                .hasMessageContaining("does not support SSL");
    }

    @Test
    void withACertificateTheProxyTerminatesTlsAndTheClientCanVerifyIt() throws Exception {
        SwitchServer tls = replica(tlsSettings("allow"));
        Properties verify = ssl("verify-full");
        verify.setProperty("sslrootcert", CERTIFICATE.toAbsolutePath().toString());
        try (Connection app = connectTo(tls, verify)) {
            assertThat(searchPath(app)).isEqualTo("facade_blue");
        }
        try (Connection plain = connectTo(tls, ssl("disable"))) {
            assertThat(searchPath(plain)).as("allow also takes plain connections").isEqualTo("facade_blue");
        }
    }

    @Test
    void inRequireModePlainConnectionsAreRefused() throws Exception {
        SwitchServer tls = replica(tlsSettings("require"));
        assertThatThrownBy(() -> connectTo(tls, ssl("disable"))).isInstanceOf(SQLException.class)
                .hasMessageContaining("accepts TLS connections only");
        try (Connection app = connectTo(tls, ssl("require"))) {
            assertThat(searchPath(app)).isEqualTo("facade_blue");
        }
    }

    @Test
    void aTlsModeWithoutCertificateStopsTheStartWithWhatToSet() {
        assertThatThrownBy(() -> replica(Map.of("facade.proxy.tls-mode", "require")))
                .hasMessageContaining("facade.proxy.tls-certificate");
    }

    private static Map<String, Object> tlsSettings(String mode) {
        return Map.of("facade.proxy.tls-mode", mode, "facade.proxy.tls-certificate", CERTIFICATE.toString(),
                "facade.proxy.tls-key", KEY.toString());
    }

    private static Properties ssl(String mode) {
        Properties properties = new Properties();
        properties.setProperty("sslmode", mode);
        return properties;
    }

    private Connection connectTo(SwitchServer replica, Properties extra) throws SQLException {
        return connectThrough(replica, "localhost", "app-1", extra);
    }
}
