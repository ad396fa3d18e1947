package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.ToolsOnPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * node-postgres through the proxy, named the two ways the README gives: {@code application_name}
 * in the client's configuration, or {@code options: '-c facade.instance=...'}. The test installs
 * the driver from the npm registry into target/ (once), with the machine's node and npm.
 */
class NodePostgresThroughProxyTest extends ProxyTestBase {

    private static final Path MODULES = Path.of("target", "node-pg");
    private static final String PG_VERSION = "8.23.1";

    @Test
    void nodePostgresLandsOnItsInstancesColourByApplicationNameOrOption() throws Exception {
        Assumptions.assumeTrue(ToolsOnPath.find("node") != null && ToolsOnPath.find("npm") != null, "node and npm are not installed");
        installDriver();
        routing().canary("tester", List.of("app-7"), null, "test", null);
        awaitApplied(3);

        String script = """
                const { Client } = require('pg');
                async function path(extra) {
                  const client = new Client(Object.assign({ host: '127.0.0.1', port: %d, database: '%s',
                                                            user: '%s', password: 'secret' }, extra));
                  await client.connect();
                  const result = await client.query('SHOW search_path');
                  await client.end();
                  return result.rows[0].search_path;
                }
                (async () => {
                  console.log(await path({ application_name: 'app-7' }));
                  console.log(await path({ application_name: 'app-8' }));
                  console.log(await path({ application_name: 'web', options: '-c facade.instance=app-7' }));
                })().catch(e => { console.error(e.message); process.exit(1); });
                """.formatted(proxyPort(), db.name(), appRole);
        Path file = MODULES.resolve("through-proxy.js");
        Files.writeString(file, script);

        assertThat(run(List.of("node", file.getFileName().toString())))
                .isEqualTo("facade_green\nfacade_blue\nfacade_green");
    }

    @Test
    void aNodePostgresClientEndedRightAfterConnectBehavesAsAgainstPostgresql() throws Exception {
        Assumptions.assumeTrue(ToolsOnPath.find("node") != null && ToolsOnPath.find("npm") != null, "node and npm are not installed");
        installDriver();
        int serverPort = URI.create(db.url().substring("jdbc:".length())).getPort();
        // connect() then end() at once: node-postgres sends Terminate before its startup packet.
        String script = """
                const { Client } = require('pg');
                process.on('uncaughtException', e => { console.log('crashed: ' + e.message); process.exit(3); });
                const port = Number(process.argv[2]);
                const client = new Client({ host: '127.0.0.1', port, database: '%s', user: '%s', password: 'secret' });
                client.connect().then(() => console.log('connected'), e => console.log('connect failed'));
                client.end().then(() => console.log('ended'), e => console.log('end failed'));
                """.formatted(db.name(), appRole);
        Path file = MODULES.resolve("connect-end.js");
        Files.writeString(file, script);

        String direct = run(List.of("node", file.getFileName().toString(), String.valueOf(serverPort)));
        String proxied = run(List.of("node", file.getFileName().toString(), String.valueOf(proxyPort())));

        assertThat(proxied).isEqualTo(direct).doesNotContain("crashed");
    }

    private static void installDriver() throws Exception {
        if (Files.isDirectory(MODULES.resolve("node_modules/pg"))) {
            return;
        }
        Files.createDirectories(MODULES);
        Files.writeString(MODULES.resolve("package.json"), "{\"private\": true}\n");
        run(List.of("npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "pg@" + PG_VERSION));
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(MODULES.toFile()).redirectErrorStream(true).start();
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(ended).as("%s ended", command).isTrue();
        assertThat(process.exitValue()).as("%s said: %s", command, out).isZero();
        return out;
    }
}
