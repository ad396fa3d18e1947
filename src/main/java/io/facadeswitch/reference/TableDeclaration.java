package io.facadeswitch.reference;

import java.nio.file.Path;
import java.util.List;

/**
 * What the reference-data folder declares for one table of the core schema: the CSV's header and
 * rows, the manifest, and the rows of the overlay for the environment at hand, if it has one.
 *
 * @param table        the table, named by the CSV's file name ({@code order_status.csv})
 * @param csv          the CSV file
 * @param columns      the header, in order
 * @param rows         the CSV's data rows
 * @param overlayRows  the overlay's rows for the chosen environment (same header), empty without one
 */
public record TableDeclaration(String table, Path csv, ReferenceManifest manifest, List<String> columns,
                               List<DeclaredRow> rows, List<DeclaredRow> overlayRows) {

    public TableDeclaration {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        overlayRows = List.copyOf(overlayRows);
    }

    /**
     * The rows the table must hold, identified by {@code key} (the manifest's, or the table's primary
     * key): overlay rows replace CSV rows with the same key and add the others. Throws, naming file and
     * line, when a key column is not in the header, a key value is NULL, or a key appears twice in one file.
     */
    public List<DeclaredRow> resolve(List<String> key) {
        throw new UnsupportedOperationException("not yet");
    }
}
