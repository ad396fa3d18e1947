package io.facadeswitch.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reference CSV is read as RFC 4180 writes it, and each refusal names the file and the line. */
class CsvReaderTest {

    private static final String NULL = ReferenceManifest.DEFAULT_NULL_MARKER;

    @TempDir
    Path dir;

    private Path write(String text) {
        Path file = dir.resolve("order_status.csv");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private CsvReader.Csv read(String text) {
        return CsvReader.read(write(text), NULL);
    }

    private static List<String> values(String... values) {
        return Arrays.asList(values);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(String text, String nullMarker) {
        return assertThatThrownBy(() -> CsvReader.read(write(text), nullMarker))
                .isInstanceOf(ReferenceDataException.class)
                .satisfies(e -> assertThat(((ReferenceDataException) e).reason()).isEqualTo(ReferenceErrorCode.REFERENCE_FILE_INVALID));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(String text) {
        return refused(text, NULL);
    }

    @Test
    void theHeaderAndRowsAreReadWithTheLineEachRowStartsOn() {
        CsvReader.Csv csv = read("code,label\nNEW,New\nPAID,Paid\n");

        assertThat(csv.header()).containsExactly("code", "label");
        assertThat(csv.rows()).extracting(DeclaredRow::line).containsExactly(2, 3);
        assertThat(csv.rows()).extracting(DeclaredRow::values).containsExactly(values("NEW", "New"), values("PAID", "Paid"));
        assertThat(csv.rows().get(1).where()).isEqualTo("order_status.csv line 3");
    }

    @Test
    void aQuotedValueKeepsCommasQuotesAndNewlines() {
        CsvReader.Csv csv = read("code,label\nA,\"one, \"\"two\"\"\nthree\"\nB,b\n");

        assertThat(csv.rows().get(0).values()).containsExactly("A", "one, \"two\"\nthree");
        assertThat(csv.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void aQuotedValueKeepsCarriageReturnsAndCrlfAsWritten() {
        CsvReader.Csv csv = read("code,label\r\nA,\"x\ry\r\nz\"\r\nB,b\r\n");

        assertThat(csv.rows()).extracting(DeclaredRow::values).containsExactly(values("A", "x\ry\r\nz"), values("B", "b"));
        assertThat(csv.rows()).extracting(DeclaredRow::line).containsExactly(2, 4);
    }

    @Test
    void crlfLineEndsAreNotPartOfTheValues() {
        CsvReader.Csv csv = read("code,label\r\nNEW,New\r\n");

        assertThat(csv.header()).containsExactly("code", "label");
        assertThat(csv.rows().get(0).values()).containsExactly("NEW", "New");
    }

    @Test
    void anUnquotedNullMarkerIsNullAndAQuotedOneIsText() {
        CsvReader.Csv csv = read("a,b,c\n\\N,\"\\N\",\"\"\n");

        assertThat(csv.rows().get(0).values()).containsExactly(null, "\\N", "");
    }

    @Test
    void anUnquotedEmptyValueIsEmptyTextWithTheDefaultMarker() {
        CsvReader.Csv csv = read("a,b\n,x\n");

        assertThat(csv.rows().get(0).values()).containsExactly("", "x");
    }

    @Test
    void withAnEmptyMarkerAnUnquotedEmptyValueIsNullAndTwoQuotesAreEmptyText() {
        CsvReader.Csv csv = CsvReader.read(write("a,b,c\n,\"\",\\N\n"), "");

        assertThat(csv.rows().get(0).values()).containsExactly(null, "", "\\N");
    }

    @Test
    void aTrailingEmptyValueCounts() {
        CsvReader.Csv csv = CsvReader.read(write("a,b\nx,\n"), "");

        assertThat(csv.rows().get(0).values()).containsExactly("x", null);
    }

    @Test
    void aLeadingByteOrderMarkIsNotPartOfTheFirstColumn() {
        CsvReader.Csv csv = read("\uFEFFcode,label\nNEW,New\n");

        assertThat(csv.header()).containsExactly("code", "label");
    }

    @Test
    void theLastRowNeedsNoLineEnd() {
        CsvReader.Csv csv = read("code,label\nNEW,New\nPAID,\"Paid\"");

        assertThat(csv.rows()).extracting(DeclaredRow::values).containsExactly(values("NEW", "New"), values("PAID", "Paid"));
    }

    @Test
    void emptyLinesAtTheEndAreIgnored() {
        CsvReader.Csv csv = read("code,label\nNEW,New\n\n\r\n");

        assertThat(csv.rows()).hasSize(1);
    }

    @Test
    void aHeaderWithoutRowsGivesNoRows() {
        assertThat(read("code,label\n").rows()).isEmpty();
        assertThat(read("code,label").rows()).isEmpty();
    }

    @Test
    void spacesAreKeptInNamesAndValues() {
        CsvReader.Csv csv = read(" code,label \n NEW , New\n");

        assertThat(csv.header()).containsExactly(" code", "label ");
        assertThat(csv.rows().get(0).values()).containsExactly(" NEW ", " New");
    }

    @Test
    void quotedHeaderNamesAreTakenAsWritten() {
        CsvReader.Csv csv = read("\"code\",\"the, label\"\nNEW,New\n");

        assertThat(csv.header()).containsExactly("code", "the, label");
    }

    @Test
    void anEmptyLineBetweenRowsIsRefusedWithItsLine() {
        refused("code,label\nNEW,New\n\nPAID,Paid\n").hasMessage("order_status.csv line 3 is empty; remove it or write the row");
    }

    @Test
    void aQuotedValueNeverClosedIsRefusedWithTheLineItOpensOn() {
        refused("code,label\nNEW,New\nPAID,\"Paid\nCANCELLED,Cancelled\n")
                .hasMessageStartingWith("order_status.csv line 3: a quoted value opened on line 3 is never closed");
    }

    @Test
    void textAfterAClosingQuoteIsRefusedWithItsLine() {
        refused("code,label\nNEW,\"a\"b\n").hasMessageStartingWith("order_status.csv line 2: text after the closing quote of \"a\"");
    }

    @Test
    void textAfterAClosingQuoteIsRefusedOnTheLineTheQuoteClosesOn() {
        refused("code,label\nNEW,\"a\nb\"c\n").hasMessageStartingWith("order_status.csv line 3: text after the closing quote");
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsRefusedWithItsLine() {
        refused("code,label\nNEW,New\nPA\"ID,Paid\n")
                .hasMessageStartingWith("order_status.csv line 3: a quote inside the unquoted value PA\"ID;");
    }

    @Test
    void aLoneCarriageReturnOutsideQuotesIsRefused() {
        refused("code,label\nNEW,New\rPAID,Paid\n").hasMessageStartingWith("order_status.csv line 2: a carriage return (CR) alone");
    }

    @Test
    void aRowWithMoreValuesThanTheHeaderIsRefusedWithItsLine() {
        refused("code,label,rank\nNEW,New,1\nPAID,Paid,2,3\n")
                .hasMessageStartingWith("order_status.csv line 3 has 4 values, the header has 3;");
    }

    @Test
    void aRowWithFewerValuesThanTheHeaderIsRefusedWithItsLine() {
        refused("code,label,rank\n\"multi\nline\",x,1\nPAID,Paid\n")
                .hasMessageStartingWith("order_status.csv line 4 has 2 values, the header has 3;");
    }

    @Test
    void anEmptyFileIsRefusedAsHavingNoHeader() {
        refused("").hasMessageStartingWith("order_status.csv line 1: the header is empty;");
    }

    @Test
    void anEmptyFirstLineIsRefusedAsAnEmptyHeader() {
        refused("\ncode,label\n").hasMessageStartingWith("order_status.csv line 1: the header is empty;");
    }

    @Test
    void aDuplicateHeaderColumnIsRefused() {
        refused("code,label,code\n").hasMessage("order_status.csv line 1: the header names the column code twice (columns 1 and 3);"
                + " keep one");
    }

    @Test
    void anEmptyHeaderColumnIsRefused() {
        refused("code,,label\n").hasMessageStartingWith("order_status.csv line 1: column 2 of the header is empty;");
        refused("code,label,\n").hasMessageStartingWith("order_status.csv line 1: column 3 of the header is empty;");
        refused("code,\"\"\n").hasMessageStartingWith("order_status.csv line 1: column 2 of the header is empty;");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = dir.resolve("order_status.csv");
        Files.write(file, new byte[] {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThatThrownBy(() -> CsvReader.read(file, NULL)).hasMessage("order_status.csv is not UTF-8 text: save it as UTF-8");
    }

    @Test
    void aHundredThousandRowsAreRead() {
        StringBuilder text = new StringBuilder("id,code,label,note\n");
        for (int i = 0; i < 100_000; i++) {
            text.append(i).append(",C").append(i).append(",\"Label, ").append(i).append("\",\\N\n");
        }

        CsvReader.Csv csv = read(text.toString());

        assertThat(csv.rows()).hasSize(100_000);
        assertThat(csv.rows().get(99_999).values()).containsExactly("99999", "C99999", "Label, 99999", null);
        assertThat(csv.rows().get(99_999).line()).isEqualTo(100_001);
    }
}
