package io.facadeswitch.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference-data folder: which files are tables, which are overlays, and how they fit together. */
class ReferenceDeclarationsTest {

    @TempDir
    Path dir;

    private void write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> values(String... values) {
        return Arrays.asList(values);
    }

    private TableDeclaration only(String overlay) {
        List<TableDeclaration> tables = ReferenceDeclarations.read(dir, overlay);
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    @Test
    void anAbsentFolderDeclaresNothing() {
        assertThat(ReferenceDeclarations.read(dir.resolve("reference-data"), null)).isEmpty();
    }

    @Test
    void eachCsvIsATableSortedByNameAndOtherFilesAreIgnored() {
        write("order_status.csv", "code,label\nNEW,New\n");
        write("country.csv", "code\nDE\n");
        write("README.md", "# lookup tables\n");

        List<TableDeclaration> tables = ReferenceDeclarations.read(dir, null);

        assertThat(tables).extracting(TableDeclaration::table).containsExactly("country", "order_status");
        assertThat(tables.get(1).columns()).containsExactly("code", "label");
        assertThat(tables.get(1).manifest()).isEqualTo(ReferenceManifest.DEFAULTS);
        assertThat(tables.get(1).csv().getFileName()).hasToString("order_status.csv");
    }

    @Test
    void theManifestsNullMarkerAppliesToTheCsv() {
        write("order_status.csv", "code,label\nNEW,\n");
        write("order_status.yaml", "null: \"\"\n");

        assertThat(only(null).rows().get(0).values()).containsExactly("NEW", null);
    }

    @Test
    void aFileNameThatIsNotALowerCaseTableNameIsRefused() {
        write("Order_Status.csv", "code\n");

        assertThatThrownBy(() -> ReferenceDeclarations.read(dir, null)).isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("Order_Status.csv: the file name must be the table's name in lower case");
    }

    @Test
    void anOverlayNobodyNamesIsRefusedAsATableWithAHint() {
        write("order_status.csv", "code\n");
        write("order_status.test.csv", "code\n");

        assertThatThrownBy(() -> ReferenceDeclarations.read(dir, null))
                .hasMessageStartingWith("order_status.test.csv: the file name must be the table's name in lower case")
                .hasMessageEndingWith("; if it is an overlay, name it in order_status.yaml's overlays, or rename it");
    }

    @Test
    void aManifestWithoutItsCsvIsRefused() {
        write("order_status.yaml", "mode: sync\n");

        assertThatThrownBy(() -> ReferenceDeclarations.read(dir, null))
                .hasMessage("order_status.yaml: there is no order_status.csv beside it; add the table's CSV, or remove the manifest");
    }

    @Test
    void aKeyColumnTheHeaderLacksIsRefusedWithTheManifestsLine() {
        write("order_status.csv", "code,label\n");
        write("order_status.yaml", "mode: sync\nkey: [code, region]\n");

        assertThatThrownBy(() -> ReferenceDeclarations.read(dir, null)).hasMessage("order_status.yaml line 2: the key column region"
                + " is not in the header of order_status.csv; add it there, or correct the key");
    }

    @Test
    void aDatabaseColumnInTheHeaderIsRefused() {
        write("order_status.csv", "id,code\n");
        write("order_status.yaml", "database-columns:\n  - id\n");

        assertThatThrownBy(() -> ReferenceDeclarations.read(dir, null)).hasMessage("order_status.yaml line 2: column id is in the"
                + " header of order_status.csv and in database-columns of order_status.yaml; keep one");
    }

    @Test
    void theChosenOverlayIsReadWithItsValuesInTheCsvsColumnOrder() {
        write("order_status.csv", "code,label,rank\nNEW,New,1\n");
        write("order_status.test.csv", "rank,code,label\n9,TEST,\\N\n");
        write("order_status.yaml", "overlays:\n  test: order_status.test.csv\n");

        TableDeclaration table = only("test");

        assertThat(table.overlayRows()).hasSize(1);
        assertThat(table.overlayRows().get(0).values()).containsExactly("TEST", null, "9");
        assertThat(table.overlayRows().get(0).where()).isEqualTo("order_status.test.csv line 2");
    }

    @Test
    void anOverlayIsReadOnlyForItsEnvironment() {
        write("order_status.csv", "code\nNEW\n");
        write("order_status.test.csv", "code\nTEST\n");
        write("order_status.yaml", "overlays:\n  test: order_status.test.csv\n");

        assertThat(only(null).overlayRows()).isEmpty();
        assertThat(only("prod").overlayRows()).isEmpty();
        assertThat(only("test").overlayRows()).hasSize(1);
    }

    @Test
    void anOverlayWhoseHeaderNamesOtherColumnsIsRefusedOnItsFirstLine() {
        write("order_status.csv", "code,label\nNEW,New\n");
        write("order_status.test.csv", "code,title\nTEST,Test\n");
        write("order_status.yaml", "overlays:\n  test: order_status.test.csv\n");

        assertThatThrownBy(() -> ReferenceDeclarations.read(dir, "test")).hasMessage("order_status.test.csv line 1: the header"
                + " must name the same columns as order_status.csv; missing: label; not in order_status.csv: title; make the two"
                + " headers name the same columns (their order may differ)");
    }

    @Test
    void anOverlayThatIsTheTablesOwnCsvIsRefused() {
        write("order_status.csv", "code\nNEW\n");
        write("order_status.yaml", "overlays:\n  test: order_status.csv\n");

        assertThatThrownBy(() -> ReferenceDeclarations.read(dir, "test"))
                .hasMessage("order_status.yaml line 2: the overlay of 'test' ('order_status.csv') is the table's own CSV; an overlay"
                        + " is another file, e.g. test: order_status.test.csv");
    }

    @Test
    void resolvingReplacesCsvRowsByOverlayRowsInPlaceAndAppendsTheOthers() {
        write("order_status.csv", "code,label\nNEW,New\nPAID,Paid\nSHIPPED,Shipped\n");
        write("order_status.test.csv", "label,code\nTest,TEST\nPaid (test),PAID\n");
        write("order_status.yaml", "key: code\noverlays:\n  test: order_status.test.csv\n");

        List<DeclaredRow> rows = only("test").resolve(List.of("code"));

        assertThat(rows).extracting(DeclaredRow::values).containsExactly(values("NEW", "New"), values("PAID", "Paid (test)"),
                values("SHIPPED", "Shipped"), values("TEST", "Test"));
        assertThat(rows.get(1).where()).isEqualTo("order_status.test.csv line 3");
    }

    @Test
    void resolvingWithoutAnOverlayGivesTheCsvsRows() {
        write("order_status.csv", "code,label\nNEW,New\nPAID,Paid\n");

        assertThat(only(null).resolve(List.of("code"))).extracting(DeclaredRow::line).containsExactly(2, 3);
    }

    @Test
    void aKeyDeclaredTwiceInTheCsvIsRefusedNamingBothLines() {
        write("order_status.csv", "code,label\nNEW,New\nPAID,Paid\nPAID,Paid again\n");

        assertThatThrownBy(() -> only(null).resolve(List.of("code"))).isInstanceOf(ReferenceDataException.class)
                .hasMessage("order_status.csv line 4: key (PAID) is already declared on line 3; keep one");
    }

    @Test
    void aKeyOfSeveralColumnsIsComparedWhole() {
        write("price.csv", "region,code,amount\nEU,A,1\nUS,A,2\nEU,A,3\n");

        assertThatThrownBy(() -> only(null).resolve(List.of("region", "code")))
                .hasMessage("price.csv line 4: key (EU, A) is already declared on line 2; keep one");
    }

    @Test
    void aKeyDeclaredTwiceInTheOverlayIsRefusedNamingTheOverlay() {
        write("order_status.csv", "code\nNEW\n");
        write("order_status.test.csv", "code\nTEST\nTEST\n");
        write("order_status.yaml", "overlays:\n  test: order_status.test.csv\n");

        assertThatThrownBy(() -> only("test").resolve(List.of("code")))
                .hasMessage("order_status.test.csv line 3: key (TEST) is already declared on line 2; keep one");
    }

    @Test
    void aNullKeyValueIsRefusedWithItsFileLineAndColumn() {
        write("order_status.csv", "code,label\nNEW,New\n\\N,Nothing\n");

        assertThatThrownBy(() -> only(null).resolve(List.of("code")))
                .hasMessage("order_status.csv line 3: the key column code is NULL; give it a value, as the key identifies the row");
    }

    @Test
    void anEmptyTextKeyIsAValueNotNull() {
        write("order_status.csv", "code,label\n\"\",Empty\n");

        assertThat(only(null).resolve(List.of("code"))).hasSize(1);
    }

    @Test
    void aKeyColumnNotInTheHeaderIsRefusedOnLineOne() {
        write("order_status.csv", "id,label\n1,New\n");

        assertThatThrownBy(() -> only(null).resolve(List.of("code"))).hasMessage("order_status.csv line 1: the key column code is"
                + " not in the header; add it, or name the key in order_status.yaml");
    }

    @Test
    void aTableWithoutAKeyCannotBeResolved() {
        write("order_status.csv", "code\nNEW\n");

        assertThatThrownBy(() -> only(null).resolve(List.of())).hasMessageStartingWith("order_status.csv: the table order_status"
                + " has no key");
    }
}
