package io.facadeswitch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.TestDatabase;
import io.facadeswitch.support.TestPostgres;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Build once, deploy everywhere: bundle needs no database; migrate-core, deploy and plan take the bundle's sources. */
class BundleCommandTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private Path bundle;

    @BeforeEach
    void freshDatabase() {
        db = TestPostgres.newDatabase();
        bundle = folder.resolve("release-1.0.0.zip");
    }

    private CliRun build(String... more) {
        List<String> args = new ArrayList<>(List.of("bundle", "--release", "1.0.0", "--out", bundle.toString(),
                "--core-schema", Fixtures.CORE.toString(), "--facade-schema", Fixtures.FACADE_1_0_0.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(CliRun run) throws IOException {
        return ObjectMapper.getDefault().readValue(run.out(), Map.class);
    }

    @Test
    void aBundleDeploysAndMigratesAsItsFoldersWouldWithTheManifestsFacadeChecksum() throws Exception {
        Map<String, Object> manifest = json(build("--json"));

        CliRun migrate = CliRun.onDatabase(db, "migrate-core", "--bundle", bundle.toString());
        CliRun deploy = CliRun.onDatabase(db, "deploy", "--bundle", bundle.toString());
        CliRun plan = CliRun.onDatabase(db, "plan", "--bundle", bundle.toString());

        assertThat(migrate.status()).as(migrate.err()).isZero();
        assertThat(migrate.out()).startsWith("applied ");
        assertThat(deploy.status()).as(deploy.err()).isZero();
        assertThat(deploy.out()).startsWith("deployed release 1.0.0 (checksum "
                + manifest.get("facadeChecksum").toString().substring(0, 12) + ")");
        assertThat(db.value("SELECT checksum FROM facade_switch.releases WHERE name = '1.0.0'"))
                .isEqualTo(manifest.get("facadeChecksum"));
        assertThat(plan.status()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("core schema: up to date").contains("a deploy would do nothing");
    }

    @Test
    void bundlePrintsTheFileAndTheChecksumsAndNeedsNoDatabase() throws Exception {
        CliRun text = build();
        CliRun again = build("--force", "--json");

        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).matches("bundle \\S+release-1\\.0\\.0\\.zip: release 1\\.0\\.0, checksum [0-9a-f]{12},"
                + " core [0-9a-f]{12}, facade [0-9a-f]{12}\\R");
        assertThat(text.err()).as("no embedded database, no services").isEmpty();
        assertThat(json(again)).containsEntry("file", bundle.toString()).containsEntry("release", "1.0.0")
                .containsEntry("format", 1).containsKeys("checksum", "coreChecksum", "facadeChecksum", "createdBy",
                        "createdAt", "commit");
        assertThat(text.out()).contains("checksum " + json(again).get("checksum").toString().substring(0, 12));
    }

    @Test
    void bundleRefusesToReplaceAnArchiveWithoutForce() throws Exception {
        Files.writeString(bundle, "an older bundle");

        CliRun refused = build();

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("is there already").contains("--force").contains("[BUNDLE_FILE_EXISTS]");
        assertThat(Files.readString(bundle)).isEqualTo("an older bundle");
    }

    @Test
    void aBundleWithAFolderOptionIsAUsageError() {
        build();

        CliRun deploy = CliRun.onDatabase(db, "deploy", "--bundle", bundle.toString(), "--facade-schema",
                Fixtures.FACADE_1_0_0.toString());
        CliRun migrate = CliRun.onDatabase(db, "migrate-core", "--bundle", bundle.toString(), "--core-schema", "core-schema");
        CliRun plan = CliRun.onDatabase(db, "plan", "--bundle", bundle.toString(), "--facade-schema", "facade-schema");

        assertThat(deploy.status()).isEqualTo(2);
        assertThat(deploy.err()).contains("--bundle cannot go with --facade-schema").contains("[CLI_USAGE]");
        assertThat(migrate.status()).isEqualTo(2);
        assertThat(plan.status()).isEqualTo(2);
    }

    @Test
    void deployTakesTheReleaseNameFromTheBundleAndRefusesAnother() throws Exception {
        build();

        CliRun other = CliRun.onDatabase(db, "deploy", "--bundle", bundle.toString(), "--release", "1.0.1");
        CliRun neither = CliRun.onDatabase(db, "deploy");

        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).contains("--release 1.0.1 is not the bundle's release 1.0.0");
        assertThat(neither.status()).isEqualTo(2);
        assertThat(neither.err()).contains("--release NAME, or give a bundle with --bundle FILE");
        assertThat(db.value("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'facade_switch'"))
                .isEqualTo("0");
    }

    @Test
    void aTamperedBundleIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
        build();
        Path tampered = folder.resolve("tampered.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered));
             ZipFile in = new ZipFile(bundle.toFile())) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.getInputStream(entry).readAllBytes();
                out.write(entry.getName().equals("facade/020_order_views.sql")
                        ? (new String(content, StandardCharsets.UTF_8) + "\n-- edited\n").getBytes(StandardCharsets.UTF_8) : content);
                out.closeEntry();
            }
        }

        CliRun deploy = CliRun.onDatabase(db, "deploy", "--bundle", tampered.toString(), "--json");

        assertThat(deploy.status()).isEqualTo(1);
        assertThat(deploy.err()).contains("its facade checksum is ").contains("rebuild it from the sources")
                .endsWith("[BUNDLE_CHECKSUM_MISMATCH]" + System.lineSeparator());
        assertThat(json(deploy)).containsKey("error");
        assertThat(db.value("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'facade_switch'"))
                .as("no control schema installed").isEqualTo("0");
    }
}
