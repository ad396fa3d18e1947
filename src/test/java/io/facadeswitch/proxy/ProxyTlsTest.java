package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.WireClient;
import java.io.DataInputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
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
    void bytesSentBeforeTheHandshakeAreNeverReadAndRefusedOverTlsAsPostgresqlDoes() throws Exception {
        SwitchServer tls = replica(tlsSettings("allow"));
        try (Socket socket = new Socket("127.0.0.1", tls.proxy().port())) {
            socket.setSoTimeout(5_000);
            byte[] startup = WireClient.startupPacket(Map.of("user", appRole, "database", db.name()));
            // SSLRequest with a plain startup packet right behind it, as a man in the middle would inject.
            socket.getOutputStream().write(ByteBuffer.allocate(8 + startup.length).putInt(8).putInt(80877103)
                    .put(startup).array());
            assertThat(socket.getInputStream().read()).as("the server's answer").isEqualTo('S');

            SSLContext trustAll = SSLContext.getInstance("TLS");
            trustAll.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String type) { }
                public void checkServerTrusted(X509Certificate[] chain, String type) { }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, null);
            try (SSLSocket secured = (SSLSocket) trustAll.getSocketFactory()
                    .createSocket(socket, "localhost", socket.getPort(), true)) {
                secured.startHandshake();
                DataInputStream in = new DataInputStream(secured.getInputStream());
                assertThat((char) in.readUnsignedByte()).as("an ErrorResponse, over TLS").isEqualTo('E');
                byte[] body = new byte[in.readInt() - 4];
                in.readFully(body);
                String fields = new String(body, StandardCharsets.UTF_8);
                assertThat(fields).contains("C08P01").contains("received unencrypted data after SSL request");
                assertThat(in.read()).as("then the connection ends").isEqualTo(-1);
            }
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
