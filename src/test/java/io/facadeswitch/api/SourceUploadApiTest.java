package io.facadeswitch.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.facade.DeployException;
import io.facadeswitch.routing.Colour;
import io.facadeswitch.sources.SourceBundle;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.ServerTestBase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/deploy, /api/migrate-core and /api/plan with an uploaded source bundle. */
class SourceUploadApiTest extends ServerTestBase {

    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    private final HttpClient http = HttpClient.newHttpClient();
    private SwitchServer server;

    @BeforeEach
    void serve() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");
        server = replica(Map.of());
    }

    private Reply upload(SwitchServer to, String path, String secret, byte[] bundle) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(to.url() + path))
                .header("Content-Type", SourceBundle.MEDIA_TYPE).header("Authorization", "Bearer " + secret)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bundle)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                response.body());
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<Path> uploadFolders() throws IOException {
        try (Stream<Path> entries = Files.list(TEMP)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("facade-upload-")).toList();
        }
    }

    private String releaseCount() throws Exception {
        return db.value("SELECT count(*) FROM facade_switch.releases");
    }

    @Test
    void anUploadedFacadeIsDeployedToTheStandbyColourUnderTheTokensName() throws Exception {
        Reply reply = upload(server, "/api/deploy?release=1.1.0", OPERATE_SECRET,
                SourceBundle.pack(Fixtures.FACADE_1_1_0, null));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).startsWith("{\"release\":\"1.1.0\"").contains("\"colour\":\"green\"")
                .contains("\"active\":false").doesNotContain("warnings");
        assertThat(routing().snapshot().colour(Colour.GREEN).release()).isEqualTo("1.1.0");
        assertThat(audit().all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("deploy");
            assertThat(e.actor()).isEqualTo("ops");
        });
    }

    @Test
    void aReadOnlyTokenMayNotDeployMigrateOrPlan() throws Exception {
        byte[] bundle = SourceBundle.pack(Fixtures.FACADE_1_1_0, Fixtures.CORE);
        String before = releaseCount();

        for (String path : List.of("/api/deploy?release=1.1.0", "/api/migrate-core", "/api/plan")) {
            Reply reply = upload(server, path, READ_SECRET, bundle);
            assertThat(reply.status()).as(path).isEqualTo(403);
            assertThat(reply.body()).as(path).contains("API_FORBIDDEN").contains("token viewer may only read");
        }
        assertThat(releaseCount()).isEqualTo(before);
    }

    @Test
    void anUploadOverTheLimitIs413AndDeploysNothing() throws Exception {
        SwitchServer small = replica(Map.of("facade.api.max-upload-size", 2048));
        byte[] bundle = SourceBundle.pack(Fixtures.FACADE_1_1_0, null);
        assertThat(bundle.length).isGreaterThan(2048);
        String before = releaseCount();

        Reply reply = upload(small, "/api/deploy?release=1.1.0", OPERATE_SECRET, bundle);

        assertThat(reply.status()).as(reply.body()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("API_UPLOAD_TOO_LARGE").contains("facade.api.max-upload-size, 2048 bytes")
                .contains("raise the limit on the switch");
        assertThat(releaseCount()).isEqualTo(before);
    }

    @Test
    void aBundleThatUnpacksTooLargeOrHoldsTooManyEntriesIs413() throws Exception {
        SwitchServer small = replica(Map.of("facade.api.max-unpacked-size", 1024, "facade.api.max-bundle-entries", 3));
        Reply big = upload(small, "/api/deploy?release=9.0.0", OPERATE_SECRET,
                zip(Map.of("facade/010_big.sql", "-- " + "x".repeat(4096) + "\n")));
        Reply many = upload(small, "/api/deploy?release=9.0.0", OPERATE_SECRET,
                zip(Map.of("facade/a.sql", "", "facade/b.sql", "", "facade/c.sql", "", "facade/d.sql", "")));

        assertThat(big.status()).isEqualTo(413);
        assertThat(big.body()).contains("BUNDLE_TOO_LARGE").contains("unpacks to more than 1024 bytes");
        assertThat(many.status()).isEqualTo(413);
        assertThat(many.body()).contains("BUNDLE_TOO_LARGE").contains("more than 3 entries");
    }

    @Test
    void entriesThatClimbOutOrAreAbsoluteAre400AndNothingIsWrittenOutsideTheTempFolder() throws Exception {
        List<Path> foldersBefore = uploadFolders();
        String before = releaseCount();
        String evil = "evil-" + db.name() + ".sql";

        Reply climbing = upload(server, "/api/deploy?release=6.6.6", OPERATE_SECRET,
                zip(Map.of("facade/010.sql", "CREATE VIEW v AS SELECT 1 AS x;\n", "../" + evil, "-- evil\n")));
        Reply nested = upload(server, "/api/deploy?release=6.6.6", OPERATE_SECRET,
                zip(Map.of("facade/../../" + evil, "-- evil\n")));
        Reply absolute = upload(server, "/api/deploy?release=6.6.6", OPERATE_SECRET,
                zip(Map.of(TEMP.resolve(evil).toString(), "-- evil\n")));

        assertThat(climbing.status()).isEqualTo(400);
        assertThat(climbing.body()).contains("BUNDLE_INVALID").contains("bundle entry '../" + evil + "'")
                .contains("'..' segment");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.body()).contains("BUNDLE_INVALID").contains("'..' segment");
        assertThat(absolute.status()).isEqualTo(400);
        assertThat(absolute.body()).contains("BUNDLE_INVALID").contains("is an absolute path");
        assertThat(TEMP.resolve(evil)).doesNotExist();
        assertThat(TEMP.getParent().resolve(evil)).doesNotExist();
        assertThat(uploadFolders()).as("every unpacked upload is deleted").isEqualTo(foldersBefore);
        assertThat(releaseCount()).isEqualTo(before);
    }

    @Test
    void somethingThatIsNotAZipOrLacksTheFacadeIs400() throws Exception {
        Reply notZip = upload(server, "/api/deploy?release=2.0.0", OPERATE_SECRET,
                "CREATE VIEW v AS SELECT 1;".getBytes(StandardCharsets.UTF_8));
        Reply coreOnly = upload(server, "/api/deploy?release=2.0.0", OPERATE_SECRET,
                SourceBundle.pack(null, Fixtures.CORE));

        assertThat(notZip.status()).isEqualTo(400);
        assertThat(notZip.body()).contains("BUNDLE_INVALID").contains("send the sources as application/zip");
        assertThat(coreOnly.status()).isEqualTo(400);
        assertThat(coreOnly.body()).contains("BUNDLE_INVALID").contains("the bundle holds no facade/ folder");
    }

    @Test
    void aBrokenSqlFileGivesTheSameProblemAsALocalDeploy() throws Exception {
        String local = null;
        try {
            deploy(Fixtures.brokenSyntax(), "1.0.1");
        } catch (DeployException e) {
            local = e.getMessage();
        }
        List<String> expected = Fixtures.read(Fixtures.brokenSyntax().resolve("EXPECTED")).lines().toList();

        Reply reply = upload(server, "/api/deploy?release=1.0.1", OPERATE_SECRET,
                SourceBundle.pack(Fixtures.brokenSyntax(), null));

        assertThat(local).startsWith(expected.get(0) + ":" + expected.get(1) + ":");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).contains("\"code\":\"DEPLOY_SQL_FAILED\"")
                .contains("\"detail\":\"" + local.replace("\"", "\\\"").lines().findFirst().orElseThrow());
        assertThat(db.value("SELECT count(*) FROM facade_switch.releases WHERE name = '1.0.1'")).isEqualTo("0");
    }

    @Test
    void aTakenReleaseNameIsRefusedWithTheLocalCode() throws Exception {
        Reply reply = upload(server, "/api/deploy?release=1.0.0", OPERATE_SECRET,
                SourceBundle.pack(Fixtures.FACADE_1_1_0, null));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).contains("DEPLOY_RELEASE_NAME_TAKEN").contains("1.0.0");
    }

    @Test
    void aPlanOfUploadedSourcesIsThePlanDocumentAndChangesNothing() throws Exception {
        String before = releaseCount();

        Reply reply = upload(server, "/api/plan", OPERATE_SECRET,
                SourceBundle.pack(Fixtures.FACADE_1_1_0, Fixtures.CORE));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).contains("\"facade\":{").contains("\"targetColour\":\"green\"")
                .contains("{\"table\":\"order_status\",\"mode\":\"sync\",\"inserts\":0,\"updates\":0,\"deletes\":0");
        assertThat(releaseCount()).isEqualTo(before);
    }
}
