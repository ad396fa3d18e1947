package io.facadeswitch.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** What a bundle carries: only what a deploy or a migration reads, under relative names. */
class SourceBundleTest {

    private static final BundleLimits LIMITS = new BundleLimits(10_000, 64L * 1024 * 1024);

    private static List<String> names(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    @Test
    void theFacadePartHoldsOnlyTheSqlFilesAndTestsThatADeployReads() throws Exception {
        Path facade = Fixtures.copy(Fixtures.FACADE_1_0_0);
        Files.writeString(facade.resolve("notes.txt"), "not a release file");
        Files.createDirectories(facade.resolve("drafts"));
        Files.writeString(facade.resolve("drafts/050_later.sql"), "-- not read by a deploy");

        List<String> names = names(SourceBundle.pack(facade, null));

        assertThat(names).contains("facade/010_reference_views.sql", "facade/tests/020_place_order.sql")
                .allMatch(n -> n.endsWith(".sql") && !n.contains("drafts") && !n.startsWith("/"));
    }

    @Test
    void theCorePartHoldsTheWholeChangelogTreeButHiddenFiles() throws Exception {
        Path core = Fixtures.copy(Fixtures.CORE);
        Files.writeString(core.resolve(".changelog.xml.swp"), "editor junk");

        List<String> names = names(SourceBundle.pack(null, core));

        assertThat(names).contains("core/changelog.xml", "core/changes/001-order-status.xml",
                "core/reference-data/order_status.csv").noneMatch(n -> n.contains(".swp"));
    }

    @Test
    void anUnpackedBundleReadsAsTheFoldersItWasPackedFromAndIsGoneOnClose() throws Exception {
        byte[] zip = SourceBundle.pack(Fixtures.FACADE_1_1_0, Fixtures.CORE);
        Path root;
        try (UnpackedBundle bundle = UnpackedBundle.unpack(zip, LIMITS)) {
            root = bundle.root();
            assertThat(Files.readString(bundle.facade().resolve("020_order_views.sql")))
                    .isEqualTo(Files.readString(Fixtures.FACADE_1_1_0.resolve("020_order_views.sql")));
            assertThat(bundle.core().resolve("changelog.xml")).exists();
        }

        assertThat(root).doesNotExist();
    }
}
