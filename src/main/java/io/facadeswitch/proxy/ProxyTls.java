package io.facadeswitch.proxy;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.File;
import javax.net.ssl.SSLException;

/** The TLS context for clients that ask for TLS, when the proxy is configured to terminate it. */
final class ProxyTls {

    private ProxyTls() {
    }

    /** {@code null} when TLS is disabled: SSLRequest is then answered with N. */
    static SslContext context(ProxySettings settings) {
        if (settings.tlsMode() == ProxySettings.TlsMode.DISABLE) {
            return null;
        }
        if (settings.tlsCertificate() == null || settings.tlsKey() == null) {
            throw new ProxyException("facade.proxy.tls-mode is " + settings.tlsMode().name().toLowerCase()
                    + " but no certificate and key are set: give facade.proxy.tls-certificate and"
                    + " facade.proxy.tls-key (PEM files; the key in PKCS#8), or set tls-mode to disable");
        }
        File certificate = new File(settings.tlsCertificate());
        File key = new File(settings.tlsKey());
        for (File file : new File[] {certificate, key}) {
            if (!file.canRead()) {
                throw new ProxyException("cannot read the proxy's TLS file " + file + ": check the path and its"
                        + " permissions");
            }
        }
        try {
            return SslContextBuilder.forServer(certificate, key).build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new ProxyException("the proxy's TLS certificate or key is not usable (" + e.getMessage()
                    + "): give a PEM certificate chain and a PEM PKCS#8 private key", e);
        }
    }
}
