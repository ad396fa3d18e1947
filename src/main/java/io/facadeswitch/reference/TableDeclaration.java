package io.facadeswitch.reference;

import io.facadeswitch.OperatorText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        if (key.isEmpty()) {
            throw ReferenceDataException.fileInvalid(csv.getFileName() + ": the table " + table + " has no key; give it a"
                    + " primary key, or name the key in " + manifestName() + " (key: [column, ...])");
        }
        int[] positions = new int[key.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = columns.indexOf(key.get(i));
            if (positions[i] < 0) {
                throw ReferenceDataException.fileInvalid(csv.getFileName() + " line 1: the key column "
                        + OperatorText.shown(key.get(i)) + " is not in the header; add it, or name the key in " + manifestName());
            }
        }
        List<DeclaredRow> resolved = new ArrayList<>(rows);
        Map<List<String>, Integer> byKey = index(rows, key, positions);
        // Checked on its own too: a key twice in the overlay is as wrong as twice in the CSV, and the
        // check makes sure a replaced row is never replaced again.
        index(overlayRows, key, positions);
        for (DeclaredRow row : overlayRows) {
            Integer at = byKey.get(keyOf(row, positions));
            if (at == null) {
                resolved.add(row);
            } else {
                resolved.set(at, row);
            }
        }
        return List.copyOf(resolved);
    }

    /** Each row's position by its key values; refuses a NULL key value and a key declared twice in the file. */
    private static Map<List<String>, Integer> index(List<DeclaredRow> rows, List<String> key, int[] positions) {
        Map<List<String>, Integer> byKey = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            DeclaredRow row = rows.get(i);
            for (int k = 0; k < positions.length; k++) {
                if (row.values().get(positions[k]) == null) {
                    throw ReferenceDataException.fileInvalid(row.where() + ": the key column " + OperatorText.shown(key.get(k))
                            + " is NULL; give it a value, as the key identifies the row");
                }
            }
            List<String> values = keyOf(row, positions);
            Integer earlier = byKey.putIfAbsent(values, i);
            if (earlier != null) {
                throw ReferenceDataException.fileInvalid(row.where() + ": key (" + shown(values) + ") is already declared on line "
                        + rows.get(earlier).line() + "; keep one");
            }
        }
        return byKey;
    }

    private static List<String> keyOf(DeclaredRow row, int[] positions) {
        String[] values = new String[positions.length];
        for (int k = 0; k < positions.length; k++) {
            values[k] = row.values().get(positions[k]);
        }
        return List.of(values);
    }

    private static String shown(List<String> values) {
        return String.join(", ", values.stream().map(OperatorText::shown).toList());
    }

    private String manifestName() {
        String name = String.valueOf(csv.getFileName());
        return (name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name) + ".yaml";
    }
}
