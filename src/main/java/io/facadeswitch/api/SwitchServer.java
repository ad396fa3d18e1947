package io.facadeswitch.api;

import io.facadeswitch.PortInUse;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.canary.RolloutDriver;
import io.facadeswitch.drift.DriftWatch;
import io.facadeswitch.facade.RetiredColourCleanup;
import io.facadeswitch.health.DatabaseProbe;
import io.facadeswitch.proxy.ProxyServer;
import io.facadeswitch.proxy.ProxySettings;
import io.facadeswitch.replica.ReplicaHeartbeat;
import io.facadeswitch.routing.RoutingWatcher;
import io.micronaut.runtime.server.EmbeddedServer;

/** One running switch replica: the HTTP API, the routing watcher, the heartbeat and the proxy, on a started context. */
public final class SwitchServer implements AutoCloseable {

    private final EmbeddedServer http;
    private final RoutingWatcher watcher;
    private final ReplicaHeartbeat heartbeat;
    private final ProxyServer proxy;

    private final RolloutDriver driver;
    private final DriftWatch drift;
    private final RetiredColourCleanup retired;

    private SwitchServer(EmbeddedServer http, RoutingWatcher watcher, ReplicaHeartbeat heartbeat, ProxyServer proxy,
                         RolloutDriver driver, DriftWatch drift, RetiredColourCleanup retired) {
        this.retired = retired;
        this.driver = driver;
        this.drift = drift;
        this.http = http;
        this.watcher = watcher;
        this.heartbeat = heartbeat;
        this.proxy = proxy;
    }

    /** Starts serving; the context must carry {@code micronaut.server.port} (-1 for any free port). */
    public static SwitchServer start(SwitchContext context) {
        ApiTokens tokens = context.bean(ApiTokens.class);
        if (tokens.isEmpty()) {
            throw new ApiTokens.ApiConfigException("no API tokens are configured, so nobody could change the"
                    + " routing: set FACADE_API_TOKENS=name:operate:secret (secret of 16 or more characters),"
                    + " or facade.api.tokens");
        }
        DatabaseProbe probe = context.bean(DatabaseProbe.class);
        probe.start(); // before the first request: /health and /api answer from it
        EmbeddedServer http = context.bean(EmbeddedServer.class);
        try {
            http.start();
        } catch (RuntimeException e) {
            throw PortInUse.inUse(e) ? new ApiTokens.ApiConfigException(ApiErrorCode.HTTP_PORT_IN_USE, "the HTTP API"
                    + " cannot listen on port " + http.getPort() + ": the port is in use; choose another with"
                    + " --http-port (FACADE_HTTP_PORT), or stop what holds it", e) : e;
        }
        RoutingWatcher watcher = context.bean(RoutingWatcher.class);
        ReplicaHeartbeat heartbeat = context.bean(ReplicaHeartbeat.class);
        watcher.start(heartbeat.replicaId());
        try {
            heartbeat.start(http.getPort());
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
        ProxyServer proxy = null;
        if (context.bean(ProxySettings.class).enabled()) {
            proxy = context.bean(ProxyServer.class);
            try {
                proxy.start();
            } catch (RuntimeException e) {
                watcher.close();
                http.stop();
                throw e;
            }
        }
        RolloutDriver driver = context.bean(RolloutDriver.class);
        driver.start();
        DriftWatch drift = context.bean(DriftWatch.class);
        drift.start();
        RetiredColourCleanup retired = context.bean(RetiredColourCleanup.class);
        retired.start(watcher); // deploys leave the colours they replace to a live replica to drop
        return new SwitchServer(http, watcher, heartbeat, proxy, driver, drift, retired);
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

    /** This replica's row in the replicas table; it leaves when the watcher stops. */
    public ReplicaHeartbeat heartbeat() {
        return heartbeat;
    }

    /** The proxy, or {@code null} when {@code facade.proxy.enabled} is false. */
    public ProxyServer proxy() {
        return proxy;
    }

    @Override
    public void close() {
        retired.close();
        drift.close();
        driver.close();
        if (proxy != null) {
            proxy.close();
        }
        watcher.close();
        http.stop();
    }
}
