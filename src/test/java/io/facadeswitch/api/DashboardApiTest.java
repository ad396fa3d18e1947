package io.facadeswitch.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.environment.CurrentEnvironment;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the dashboard's page needs from the server: the page itself, its headers, and the reads it makes. */
class DashboardApiTest extends ServerTestBase {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePageAndItsAssetsAreServedWithoutATokenUnderAPolicyThatAllowsNoInlineScript() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        SwitchServer server = replica(Map.of());

        HttpResponse<String> page = fetch(server, "/");
        HttpResponse<String> missing = fetch(server, "/dashboard/../application.yml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<form id=\"signin\"").contains("src=\"/dashboard/app.js\"")
                .doesNotContain("<script>").doesNotContain(" style=").doesNotContainPattern("\\son[a-z]+=");
        String policy = page.headers().firstValue("content-security-policy").orElse("");
        assertThat(policy).contains("script-src 'self'").contains("style-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dashboard"))) {
            List<String> scripts = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".js")).toList();
            assertThat(scripts).contains("app.js");
            for (String name : scripts) {
                HttpResponse<String> script = fetch(server, "/dashboard/" + name);
                assertThat(script.statusCode()).as(name).isEqualTo(200);
                assertThat(script.headers().firstValue("content-type").orElse("")).as(name).contains("javascript");
                // Markup is never built from strings: every text goes in as text.
                assertThat(script.body()).as(name).doesNotContain("innerHTML").doesNotContain("outerHTML")
                        .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(")
                        .doesNotContain("new Function");
            }
        }
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void whoamiNamesTheTokenAndItsRoleSoThePageOffersOnlyWhatItMayDo() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        SwitchServer server = replica(Map.of());

        assertThat(get(server, "/api/whoami", OPERATE_SECRET).body()).isEqualTo("{\"name\":\"ops\",\"role\":\"operate\"}");
        assertThat(get(server, "/api/whoami", READ_SECRET).body()).isEqualTo("{\"name\":\"viewer\",\"role\":\"read\"}");
        assertThat(get(server, "/api/whoami", null).status()).isEqualTo(401);
    }

    @Test
    void theColoursDifferenceListsWhatTheStandbyReleaseAddsAndChangesAgainstTheActiveOne() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        deploy(Fixtures.FACADE_1_1_0, "1.1.0");
        SwitchServer server = replica(Map.of());

        Reply diff = get(server, "/api/colours/diff", READ_SECRET);

        assertThat(diff.status()).as(diff.body()).isEqualTo(200);
        assertThat(diff.body()).startsWith("{\"from\":\"blue\",\"fromRelease\":\"1.0.0\",\"diff\":{\"colour\":\"green\","
                + "\"release\":\"1.1.0\"")
                .contains("\"added\":[\"function orders_of_customer(p_customer_id bigint)\",\"view customer_order_counts\"]")
                .contains("\"changed\":[\"view order_summaries\",\"view products\"]")
                .doesNotContain("\"removed\"");
    }

    @Test
    void aReleaseIsReadBackWithItsFilesAndObjectsAndAnUnknownOneIs404() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        SwitchServer server = replica(Map.of());

        Reply release = get(server, "/api/releases/1.0.0", READ_SECRET);
        Reply unknown = get(server, "/api/releases/9.9.9", READ_SECRET);

        assertThat(release.status()).isEqualTo(200);
        String files = db.value("SELECT string_agg(path, ',' ORDER BY path) FROM facade_switch.release_files");
        assertThat(release.body()).contains("\"name\":\"1.0.0\"");
        for (String path : files.split(",")) {
            assertThat(release.body()).contains("\"path\":\"" + path + "\"");
        }
        int objects = Integer.parseInt(db.value("SELECT count(*) FROM facade_switch.release_objects"));
        assertThat(release.body().split("\"definitionHash\"", -1)).hasSize(objects + 1);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("API_NOT_FOUND").contains("9.9.9");
    }

    @Test
    void theEnvironmentsChainShowsEachEnvironmentInOrderWithItsGatesAndWithoutEnvIsEmpty() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        SwitchServer staging = servingStaging("""
                environments:
                  - name: test
                    db-url: %s
                    db-user: %s
                  - name: staging
                    db-url: %s
                    db-user: %s
                    gates:
                      deploy:
                        approvals: 1
                      promote:
                        windows: ["daily 00:00-00:01 UTC"]
                """);
        SwitchServer plain = replica(Map.of());

        Reply chain = get(staging, "/api/environments", READ_SECRET);
        Reply none = get(plain, "/api/environments", READ_SECRET);

        assertThat(chain.status()).as(chain.body()).isEqualTo(200);
        assertThat(chain.body()).startsWith("{\"current\":\"staging\"");
        assertThat(chain.body().indexOf("\"name\":\"test\"")).isPositive()
                .isLessThan(chain.body().indexOf("\"name\":\"staging\""));
        assertThat(chain.body()).contains("\"release\":\"1.0.0\"")
                .contains("{\"step\":\"deploy\",\"approvals\":1,")
                .contains("\"windows\":[\"daily 00:00-00:01 UTC\"]");
        assertThat(none.body()).isEqualTo("{\"current\":null,\"environments\":[]}");
    }

    @Test
    void anUnreachableEnvironmentIsShownAsSuchWithoutTheDriversTextThatNamesHostsAndUsers() throws Exception {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        SwitchServer staging = servingStaging("""
                environments:
                  - name: gone
                    db-url: jdbc:postgresql://127.0.0.1:1/secret_database_name
                    db-user: secret_user_name
                  - name: staging
                    db-url: %s
                    db-user: %s
                """);

        Reply chain = get(staging, "/api/environments", READ_SECRET);

        assertThat(chain.status()).as(chain.body()).isEqualTo(200);
        assertThat(chain.body()).contains("\"name\":\"gone\",\"reachable\":false")
                .contains("cannot reach environment gone from this switch")
                .doesNotContain("secret_database_name").doesNotContain("secret_user_name").doesNotContain("127.0.0.1:1");
        assertThat(chain.body()).contains("\"name\":\"staging\"").contains("\"release\":\"1.0.0\"");
    }

    /**
     * A replica serving environment staging of {@code yaml}, where {@code db-url: %s} and {@code db-user: %s} are the
     * test database's URL and user (with its password variable).
     */
    private SwitchServer servingStaging(String yaml) throws IOException {
        Path file = folder.resolve("facade-switch.yaml");
        Files.writeString(file, yaml.replace("db-url: %s", "db-url: " + db.url())
                .replace("    db-user: %s\n", "    db-user: " + db.user() + "\n" + password()));
        return replica(Map.of(CurrentEnvironment.NAME, "staging", CurrentEnvironment.CONFIG, file.toString()));
    }

    /** No password line on a server that trusts local logins (the embedded one); else the variable CI gives it in. */
    private String password() {
        return db.password() == null ? "" : "    db-password: ${FACADE_TEST_DATABASE_PASSWORD}\n";
    }

    private HttpResponse<String> fetch(SwitchServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
