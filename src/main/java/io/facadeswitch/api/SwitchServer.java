package io.facadeswitch.api;

import io.facadeswitch.db.SwitchContext;
import io.facadeswitch.routing.RoutingWatcher;
import io.micronaut.runtime.server.EmbeddedServer;

/** One running switch replica: the HTTP API and the routing watcher, on an started context. */
public final class SwitchServer implements AutoCloseable {

    private final EmbeddedServer http;
    private final RoutingWatcher watcher;

    private SwitchServer(EmbeddedServer http, RoutingWatcher watcher) {
        this.http = http;
        this.watcher = watcher;
    }

    /** Starts serving; the context must carry {@code micronaut.server.port} (-1 for any free port). */
    public static SwitchServer start(SwitchContext context) {
        ApiTokens tokens = context.bean(ApiTokens.class);
        if (tokens.isEmpty()) {
            throw new ApiTokens.ApiConfigException("no API tokens are configured, so nobody could change the"
                    + " routing: set FACADE_API_TOKENS=name:operate:secret (secret of 16 or more characters),"
                    + " or facade.api.tokens");
        }
        EmbeddedServer http = context.bean(EmbeddedServer.class);
        http.start();
        RoutingWatcher watcher = context.bean(RoutingWatcher.class);
        watcher.start(http.getPort());
        return new SwitchServer(http, watcher);
    }

    public int port() {
        return http.getPort();
    }

    public String url() {
        return "http://localhost:" + http.getPort();
    }

    public RoutingWatcher watcher() {
        return watcher;
    }

    @Override
    public void close() {
        watcher.close();
        http.stop();
    }
}
