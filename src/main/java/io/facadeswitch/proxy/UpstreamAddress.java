package io.facadeswitch.proxy;

import io.facadeswitch.OperatorText;
import java.net.InetSocketAddress;

/** Where the proxy forwards to: set explicitly, or the first host of the switch's own JDBC URL. */
final class UpstreamAddress {

    private static final String PREFIX = "jdbc:postgresql:";

    private UpstreamAddress() {
    }

    static InetSocketAddress of(ProxySettings settings, String jdbcUrl) {
        InetSocketAddress fromUrl = jdbcUrl == null ? null : fromJdbcUrl(jdbcUrl);
        String host = settings.upstreamHost() != null ? settings.upstreamHost()
                : fromUrl != null ? fromUrl.getHostString() : null;
        if (host == null) {
            throw new ProxyException("the proxy has no upstream server: set facade.proxy.upstream-host"
                    + " (FACADE_PROXY_UPSTREAM_HOST) or a database URL");
        }
        int port = settings.upstreamPort() != null ? settings.upstreamPort() : fromUrl != null ? fromUrl.getPort() : 5432;
        return InetSocketAddress.createUnresolved(host, port);
    }

    /** Host and port of {@code jdbc:postgresql://host[:port][,host2...]/db?...}; localhost:5432 when absent. */
    static InetSocketAddress fromJdbcUrl(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new ProxyException("not a PostgreSQL JDBC URL (expected jdbc:postgresql://host:port/database)");
        }
        String rest = url.substring(PREFIX.length());
        if (!rest.startsWith("//")) {
            return InetSocketAddress.createUnresolved("localhost", 5432);
        }
        rest = rest.substring(2);
        int end = rest.length();
        for (char stop : new char[] {'/', '?', ','}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String hostPort = rest.substring(0, end);
        String host = hostPort;
        int port = 5432;
        int colon = hostPort.lastIndexOf(':');
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            host = hostPort.substring(1, close);
            if (close + 1 < hostPort.length() && hostPort.charAt(close + 1) == ':') {
                port = parsePort(hostPort.substring(close + 2));
            }
        } else if (colon >= 0) {
            host = hostPort.substring(0, colon);
            port = parsePort(hostPort.substring(colon + 1));
        }
        return InetSocketAddress.createUnresolved(host.isEmpty() ? "localhost" : host, port);
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new ProxyException("invalid port '" + OperatorText.shown(text) + "' in the database URL");
        }
    }
}
