package io.facadeswitch.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One data row of a reference CSV, as written: its values in header order ({@code null} for the
 * NULL marker), with the file and the line it starts on, so that every error can point at it.
 */
public record DeclaredRow(Path file, int line, List<String> values) {

    public DeclaredRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Where the row is, for messages: {@code order_status.csv line 7}. */
    public String where() {
        return file.getFileName() + " line " + line;
    }
}
