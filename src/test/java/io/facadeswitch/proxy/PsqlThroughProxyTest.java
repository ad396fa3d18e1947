package io.facadeswitch.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.ProxyTestBase;
import io.facadeswitch.support.ToolsOnPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** psql (libpq) through the proxy, named by application_name in its connection string. */
class PsqlThroughProxyTest extends ProxyTestBase {

    @Test
    void psqlLandsOnItsInstancesColour() throws Exception {
        routing().canary("tester", List.of("app-7"), null, "test", null);
        awaitApplied(3);

        assertThat(psql("app-7", "SHOW search_path")).isEqualTo("facade_green");
        assertThat(psql("app-8", "SHOW search_path")).isEqualTo("facade_blue");
        assertThat(psql("app-7", "SELECT count(*) FROM customer_order_counts")).as("a view only 1.1.0 has")
                .isEqualTo("0");
    }

    private String psql(String instance, String sql) throws Exception {
        Path psql = ToolsOnPath.find("psql");
        Assumptions.assumeTrue(psql != null, "psql is not installed");
        ProcessBuilder builder = new ProcessBuilder(psql.toString(), "-X", "-At", "-v", "ON_ERROR_STOP=1",
                "host=127.0.0.1 port=" + proxyPort() + " dbname=" + db.name() + " user=" + appRole
                        + " application_name=" + instance, "-c", sql).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "secret");
        Process process = builder.start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.exitValue()).as("psql said: %s", out).isZero();
        return out;
    }
}
