package io.facadeswitch.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.facadeswitch.facade.DeployErrorCode;
import io.facadeswitch.facade.DeployException;
import io.facadeswitch.facade.FacadeSourceReader;
import io.facadeswitch.sources.BundleErrorCode;
import io.facadeswitch.sources.BundleException;
import io.facadeswitch.sources.SourceBundle;
import io.facadeswitch.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle opens only as it was built: every part's checksum is recomputed, and a refusal leaves nothing behind. */
class ReleaseBundleTest {

    @TempDir
    Path folder;

    private Path unpackInto;
    private Path bundle;

    @BeforeEach
    void buildOne() throws IOException {
        unpackInto = Files.createDirectories(folder.resolve("unpacked"));
        bundle = folder.resolve("release-1.0.0.zip");
        ReleaseBundle.build("1.0.0", Fixtures.CORE, Fixtures.FACADE_1_0_0, bundle, "alice");
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static void rewrite(Path zip, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = change.apply(entries(zip));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        Files.write(zip, bytes.toByteArray());
    }

    private static UnaryOperator<Map<String, byte[]>> put(String name, String content) {
        return entries -> {
            entries.put(name, content.getBytes(StandardCharsets.UTF_8));
            return entries;
        };
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    private BundleException refusal() {
        Throwable thrown = catchThrowable(() -> ReleaseBundle.open(bundle, unpackInto));
        assertThat(thrown).isInstanceOf(BundleException.class);
        return (BundleException) thrown;
    }

    private void assertNothingLeft() throws IOException {
        try (Stream<Path> left = Files.list(unpackInto)) {
            assertThat(left).as("nothing left of a refused bundle").isEmpty();
        }
    }

    @Test
    void aBuiltBundleOpensAsItsSourcesWithTheManifestItWasBuiltWith() throws IOException {
        BundleManifest built = ReleaseBundle.build("1.0.0", Fixtures.CORE, Fixtures.FACADE_1_0_0, bundle, "alice");
        Path root;
        try (ReleaseBundle opened = ReleaseBundle.open(bundle, unpackInto)) {
            assertThat(opened.manifest()).isEqualTo(built);
            assertThat(opened.core().resolve("changelog.xml")).hasSameTextualContentAs(Fixtures.CORE.resolve("changelog.xml"));
            assertThat(opened.facade().resolve("010_reference_views.sql")).exists();
            assertThat(opened.facade().resolve("README.md")).as("only what a deploy reads").doesNotExist();
            root = opened.core().getParent();
        }
        assertThat(root).doesNotExist();
        assertNothingLeft();
    }

    @Test
    void theManifestNamesTheReleaseThePartChecksumsAndWhoBuiltItWhen() {
        BundleManifest manifest = ReleaseBundle.build("1.0.0", Fixtures.CORE, Fixtures.FACADE_1_0_0, bundle, "alice");

        assertThat(manifest.format()).isEqualTo(1);
        assertThat(manifest.release()).isEqualTo("1.0.0");
        assertThat(manifest.facadeChecksum()).as("the checksum deploy records")
                .isEqualTo(FacadeSourceReader.read(Fixtures.FACADE_1_0_0, "1.0.0").checksum());
        assertThat(manifest.coreChecksum()).isEqualTo(SourceBundle.coreChecksum(Fixtures.CORE)).matches("[0-9a-f]{64}");
        assertThat(manifest.checksum()).isEqualTo(ReleaseBundle.overall("1.0.0", manifest.coreChecksum(),
                manifest.facadeChecksum())).matches("[0-9a-f]{64}");
        assertThat(manifest.createdBy()).isEqualTo("alice");
        assertThat(Duration.between(manifest.createdAt(), Instant.now())).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void theSameSourcesUnderTheSameNameAreTheSameReleaseAndTheSameEntries() throws IOException {
        Path again = folder.resolve("again.zip");
        BundleManifest first = ReleaseBundle.build("1.0.0", Fixtures.CORE, Fixtures.FACADE_1_0_0, bundle, "alice");
        BundleManifest second = ReleaseBundle.build("1.0.0", Fixtures.copy(Fixtures.CORE),
                Fixtures.copy(Fixtures.FACADE_1_0_0), again, "bob");
        BundleManifest renamed = ReleaseBundle.build("1.0.1", Fixtures.CORE, Fixtures.FACADE_1_0_0, again, "bob");

        assertThat(second.checksum()).isEqualTo(first.checksum());
        assertThat(renamed.checksum()).isNotEqualTo(first.checksum());
        assertThat(renamed.facadeChecksum()).isEqualTo(first.facadeChecksum());
        ReleaseBundle.build("1.0.0", Fixtures.CORE, Fixtures.FACADE_1_0_0, again, "bob");
        Map<String, byte[]> one = entries(bundle);
        Map<String, byte[]> two = entries(again);
        assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
        one.keySet().stream().filter(name -> !name.equals("manifest.json"))
                .forEach(name -> assertThat(two.get(name)).as(name).isEqualTo(one.get(name)));
    }

    @Test
    void everyEntryHasTheSameFixedTimeSoTheBytesDoNotDependOnWhenOrWhere() throws IOException {
        try (InputStream file = Files.newInputStream(bundle); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(1980, 2, 1, 0, 0));
            }
        }
    }

    @Test
    void aChangedCoreFileIsRefusedNamingThePartAndBothChecksums() throws IOException {
        String built = ReleaseBundle.build("1.0.0", Fixtures.CORE, Fixtures.FACADE_1_0_0, bundle, "alice").coreChecksum();
        rewrite(bundle, entries -> put("core/changelog.xml", text(entries, "core/changelog.xml") + "\n").apply(entries));

        BundleException refused = refusal();

        assertThat(refused.reason()).isEqualTo(BundleErrorCode.CHECKSUM_MISMATCH);
        assertThat(refused.code()).isEqualTo("BUNDLE_CHECKSUM_MISMATCH");
        assertThat(refused.getMessage()).contains("core checksum is ").contains("the manifest says " + built)
                .contains("never edit");
        assertNothingLeft();
    }

    @Test
    void aChangedFacadeFileIsRefused() throws IOException {
        rewrite(bundle, put("facade/030_functions.sql", "CREATE VIEW changed AS SELECT 1 AS one;\n"));

        BundleException refused = refusal();

        assertThat(refused.reason()).isEqualTo(BundleErrorCode.CHECKSUM_MISMATCH);
        assertThat(refused.getMessage()).contains("facade checksum is ");
        assertNothingLeft();
    }

    @Test
    void anEditedManifestChecksumIsRefused() throws IOException {
        rewrite(bundle, entries -> put("manifest.json", text(entries, "manifest.json")
                .replaceFirst("\"checksum\":\"[0-9a-f]{4}", "\"checksum\":\"0000")).apply(entries));

        BundleException refused = refusal();

        assertThat(refused.reason()).isEqualTo(BundleErrorCode.CHECKSUM_MISMATCH);
        assertThat(refused.getMessage()).contains("overall checksum is ").contains("the manifest says 0000");
        assertNothingLeft();
    }

    @Test
    void anExtraFileIsRefusedWhereverItIs() throws IOException {
        Path copy = folder.resolve("copy.zip");
        Files.copy(bundle, copy);
        rewrite(bundle, put("core/changes/999-extra.xml", "<databaseChangeLog/>"));

        BundleException inCore = refusal();
        Files.copy(copy, bundle, StandardCopyOption.REPLACE_EXISTING);
        rewrite(bundle, put("facade/notes.txt", "not part of a release"));
        BundleException inFacade = refusal();
        Files.copy(copy, bundle, StandardCopyOption.REPLACE_EXISTING);
        rewrite(bundle, put("run-me.sh", "#!/bin/sh"));
        BundleException atTheTop = refusal();

        assertThat(inCore.reason()).isEqualTo(BundleErrorCode.CHECKSUM_MISMATCH);
        assertThat(inFacade.reason()).isEqualTo(BundleErrorCode.CHECKSUM_MISMATCH);
        assertThat(inFacade.getMessage()).contains("facade/notes.txt, which no checksum of its manifest covers");
        assertThat(atTheTop.reason()).isEqualTo(BundleErrorCode.INVALID);
        assertNothingLeft();
    }

    @Test
    void aBundleWithoutItsManifestIsRefused() throws IOException {
        rewrite(bundle, entries -> {
            entries.remove("manifest.json");
            return entries;
        });

        BundleException refused = refusal();

        assertThat(refused.reason()).isEqualTo(BundleErrorCode.MANIFEST_INVALID);
        assertThat(refused.code()).isEqualTo("BUNDLE_MANIFEST_INVALID");
        assertNothingLeft();
    }

    @Test
    void aReleaseNameDeployWouldRefuseIsRefusedAtBuildAndAtOpen() throws IOException {
        Path other = folder.resolve("other.zip");
        rewrite(bundle, entries -> put("manifest.json", text(entries, "manifest.json")
                .replace("\"release\":\"1.0.0\"", "\"release\":\"../1.0.0\"")).apply(entries));

        assertThatThrownBy(() -> ReleaseBundle.build("../1.0.0", Fixtures.CORE, Fixtures.FACADE_1_0_0, other, "alice"))
                .isInstanceOfSatisfying(DeployException.class, e -> assertThat(e.reason())
                        .isEqualTo(DeployErrorCode.BAD_RELEASE_NAME));
        assertThat(other).doesNotExist();
        assertThatThrownBy(() -> ReleaseBundle.open(bundle, unpackInto)).isInstanceOfSatisfying(DeployException.class,
                e -> assertThat(e.reason()).isEqualTo(DeployErrorCode.BAD_RELEASE_NAME));
        assertNothingLeft();
    }

    @Test
    void aFacadeDeployWouldRefuseFailsTheBuildAndWritesNothing() throws IOException {
        Path other = folder.resolve("other.zip");
        Path facade = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Files.writeString(facade.resolve("050_unclosed.sql"), "CREATE VIEW v AS SELECT 1; /* never closed\n");

        assertThatThrownBy(() -> ReleaseBundle.build("1.0.0", Fixtures.CORE, facade, other, "alice"))
                .isInstanceOfSatisfying(DeployException.class, e -> assertThat(e.reason())
                        .isEqualTo(DeployErrorCode.SOURCES_INVALID));
        assertThat(other).doesNotExist();
        assertThat(folder.toFile().list()).as("no partial file either").containsExactlyInAnyOrder("unpacked",
                "release-1.0.0.zip");
    }
}
