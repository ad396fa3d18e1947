package io.facadeswitch.proxy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The PostgreSQL proxy inside {@code serve}, under {@code facade.proxy.*}.
 *
 * @param enabled            whether {@code serve} starts the proxy
 * @param host               the address it listens on; 127.0.0.1 by default, since the server sees every
 *                           connection as coming from the proxy (host-based rules in pg_hba.conf no longer tell
 *                           clients apart)
 * @param port               its port (0 for any free port)
 * @param upstreamHost       the PostgreSQL server it forwards to; by default the host of the switch's own database URL
 * @param upstreamPort       that server's port; by default the port of the switch's own database URL
 * @param instanceOption     the setting in the startup {@code options} ({@code -c NAME=instance}) that names the
 *                           instance when {@code application_name} cannot be sent at startup; it wins over
 *                           {@code application_name}
 * @param maxMessageSize     the largest protocol message accepted from a client, in bytes
 * @param startupTimeout     how long a client may take to send its startup packet
 * @param connectTimeout     how long to wait for the upstream server to accept a connection
 * @param ioThreads          event loop threads; 0 for one per processor
 * @param transport          the event loops' socket layer: {@code auto} (epoll where the host has it, else NIO),
 *                           {@code epoll}, {@code io_uring} or {@code nio}; one the host cannot run falls back,
 *                           with a warning
 * @param maxTrackedInstances instances with metrics of their own; later ones are counted under "other"
 * @param tlsMode            {@code disable} (answer SSLRequest with N), {@code allow} (terminate TLS when the client
 *                           asks) or {@code require} (refuse clients that do not ask)
 * @param tlsCertificate     PEM certificate chain, for {@code allow} and {@code require}
 * @param tlsKey             PEM PKCS#8 private key, for {@code allow} and {@code require}
 * @param allowSuperusers    whether superusers may connect through the proxy (applications should not be)
 * @param figuresInterval    how often the proxy writes its per-colour figures for the canary analysis (an error
 *                           makes it write within about 100 ms)
 * @param drainTimeout       on stop, how long connections in a transaction or request may run to its end
 *                           before they are cut; connections between transactions close at once
 */
@ConfigurationProperties("facade.proxy")
public record ProxySettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "127.0.0.1") @NotBlank String host,
        @Bindable(defaultValue = "6432") @Min(0) @Max(65535) int port,
        @Nullable String upstreamHost,
        @Nullable @Min(1) @Max(65535) Integer upstreamPort,
        @Bindable(defaultValue = "facade.instance") @NotBlank String instanceOption,
        @Bindable(defaultValue = "1073741823") @Min(1024) int maxMessageSize,
        @Bindable(defaultValue = "10s") @NotNull Duration startupTimeout,
        @Bindable(defaultValue = "5s") @NotNull Duration connectTimeout,
        @Bindable(defaultValue = "0") @Min(0) @Max(64) int ioThreads,
        @Bindable(defaultValue = "auto") @NotNull Transport transport,
        @Bindable(defaultValue = "1000") @Min(1) int maxTrackedInstances,
        @Bindable(defaultValue = "disable") @NotNull TlsMode tlsMode,
        @Nullable String tlsCertificate,
        @Nullable String tlsKey,
        @Bindable(defaultValue = "false") boolean allowSuperusers,
        @Bindable(defaultValue = "1s") @NotNull Duration figuresInterval,
        @Bindable(defaultValue = "10s") @NotNull Duration drainTimeout) {

    /** The socket layer under the proxy's event loops ({@link ProxyTransport}). */
    public enum Transport {
        AUTO, EPOLL, IO_URING, NIO
    }

    /** How the proxy answers a client's SSLRequest. */
    public enum TlsMode {
        DISABLE, ALLOW, REQUIRE
    }
}
