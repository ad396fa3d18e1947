package io.facadeswitch.cli;

import io.facadeswitch.Durations;
import io.facadeswitch.api.ApiTokens;
import io.facadeswitch.api.SwitchServer;
import io.facadeswitch.app.ControlSchemaUse;
import io.facadeswitch.app.SwitchContext;
import io.facadeswitch.core.CoreMigrator;
import io.facadeswitch.db.EmbeddedPostgresServer;
import io.facadeswitch.facade.DeployService;
import io.facadeswitch.proxy.ProxyDrain;
import io.facadeswitch.proxy.ProxySettings;
import io.facadeswitch.routing.RoutingService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the switch: the PostgreSQL proxy that routes each application connection to its colour,"
                + " the HTTP API (status, canary, promote, rollback, abort, route, releases, audit, and deploy,"
                + " migrate-core and plan of uploaded sources), /health,"
                + " /prometheus and the OpenAPI document at /openapi/facade-switch-0.1.0.yml.",
                "Without a database it starts the embedded PostgreSQL, migrates the example core, deploys the"
                        + " example facade and prints a demo token."})
final class ServeCommand extends SwitchCommand {

    @Option(names = "--http-port", defaultValue = "${env:FACADE_HTTP_PORT:-8080}", paramLabel = "PORT",
            description = "HTTP port (env FACADE_HTTP_PORT, default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--proxy-port", defaultValue = "${env:FACADE_PROXY_PORT:-6432}", paramLabel = "PORT",
            description = "PostgreSQL proxy port (env FACADE_PROXY_PORT, default ${DEFAULT-VALUE}); applications"
                    + " connect here as they would to PostgreSQL.")
    int proxyPort;

    @Option(names = "--no-proxy", description = "Serve the HTTP API only, without the PostgreSQL proxy.")
    boolean noProxy;

    @Option(names = "--core-schema", defaultValue = "core-schema", paramLabel = "DIR",
            description = "Core changelog folder, migrated at start on the embedded database (default: ${DEFAULT-VALUE}).")
    Path coreFolder;

    @Option(names = "--facade-schema", defaultValue = "facade-schema", paramLabel = "DIR",
            description = "Facade folder, deployed at start on the embedded database when nothing is deployed yet"
                    + " (default: ${DEFAULT-VALUE}).")
    Path facadeFolder;

    @Override
    void configure(Map<String, Object> properties, boolean embedded) {
        properties.put("micronaut.server.port", httpPort);
        properties.put("facade.proxy.port", proxyPort);
        if (noProxy) {
            properties.put("facade.proxy.enabled", false);
        }
    }

    /** The newcomer's way in: {@code serve} with nothing installed starts an embedded PostgreSQL. */
    @Override
    boolean createsEmbedded() {
        return true;
    }

    @Override
    boolean exportsMetrics() {
        return true;
    }

    @Override
    boolean takesServer() {
        return false;
    }

    @Override
    boolean takesAppRole() {
        return true;
    }

    /** On the embedded default it sets up the example itself; on a database given, one already set up. */
    @Override
    ControlSchemaUse controlSchemaUse(boolean embedded) {
        return embedded ? ControlSchemaUse.INSTALL : ControlSchemaUse.EXISTING;
    }

    @Override
    int run(SwitchContext context) throws Exception {
        String demoSecret = null;
        if (context.embedded()) {
            bootstrapDemo(context);
            if (context.bean(ApiTokens.class).isEmpty()) {
                demoSecret = context.bean(ApiTokens.class).generate("demo");
            }
        }
        // Stopping is the context's shutdown hook's job alone: the HTTP server, the watcher, then
        // the embedded PostgreSQL, in that order, on one thread.
        SwitchServer server = SwitchServer.start(context);
        out().printf("facade-switch serving on %s (replica %s, generation %d); the dashboard is at %s/%n", server.url(),
                server.heartbeat().replicaId(), server.watcher().current().generation(), server.url());
        if (server.proxy() != null) {
            out().printf("PostgreSQL proxy on port %d, forwarding to %s (%s)%n", server.proxy().port(),
                    server.proxy().upstreamText(), server.proxy().transportText());
        }
        if (demoSecret != null) {
            printDemo(context, server, demoSecret);
        }
        out().flush();
        Duration drainLimit = context.bean(ProxySettings.class).drainTimeout();
        StopSignals.onStop(context::close);
        context.awaitClose();
        ProxyDrain drained = server.proxy() == null ? null : server.proxy().drained();
        out().println("facade-switch stopped" + (drained == null ? "" : ": " + drained.drained()
                + " proxy connection(s) closed between transactions, " + drained.cut() + " cut at the "
                + Durations.format(drainLimit) + " drain limit, in "
                + drained.durationMs() + " ms"));
        out().flush();
        return 0;
    }

    private void bootstrapDemo(SwitchContext context) {
        if (Files.isRegularFile(coreFolder.resolve(CoreMigrator.CHANGELOG))) {
            context.bean(CoreMigrator.class).migrate(coreFolder, "serve");
        }
        if (context.bean(RoutingService.class).snapshot().active() == null && Files.isDirectory(facadeFolder)) {
            context.bean(DeployService.class).deploy(facadeFolder, "1.0.0", "serve");
        }
    }

    private void printDemo(SwitchContext context, SwitchServer server, String secret) {
        String url = server.url();
        out().printf("""

                Embedded PostgreSQL on port %d; application role %s (password %s).
                A demo token with role operate, for this run only:
                  export TOKEN=%s
                Open %s/ in a browser and sign in with it to see the dashboard.
                Connect as application instance app-7 through the proxy:
                  PGPASSWORD=%s psql "host=localhost port=%s user=%s dbname=postgres application_name=app-7" \\
                       -c 'SHOW search_path' -c 'SELECT * FROM order_summaries'
                Try:
                  curl -s -H "Authorization: Bearer $TOKEN" %s/api/status
                  curl -s -H "Authorization: Bearer $TOKEN" %s/api/route/app-7
                  java -jar target/facade-switch.jar deploy --server %s --token "$TOKEN" \\
                       --release 1.1.0 --facade-schema src/test/resources/releases/1.1.0
                  curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                       -d '{"instances":["app-7"],"percent":10,"reason":"first look"}' %s/api/canary
                  curl -s -X POST -H "Authorization: Bearer $TOKEN" %s/api/promote
                  curl -s -X POST -H "Authorization: Bearer $TOKEN" %s/api/rollback
                  curl -s %s/health ; curl -s %s/prometheus | grep facade_switch
                (while this serve runs, it holds the embedded data folder: other commands go through it
                 with --server and --token, or reach its PostgreSQL with --db-url
                 jdbc:postgresql://localhost:%d/postgres --db-user postgres, the port new at each start)
                Stop with Ctrl-C.
                """, context.embeddedPort(), EmbeddedPostgresServer.DEMO_APP_ROLE,
                EmbeddedPostgresServer.DEMO_APP_PASSWORD, secret, url, EmbeddedPostgresServer.DEMO_APP_PASSWORD,
                server.proxy() == null ? "(proxy off)" : String.valueOf(server.proxy().port()),
                EmbeddedPostgresServer.DEMO_APP_ROLE, url, url, url, url, url, url, url, url, context.embeddedPort());
    }
}
