package io.facadeswitch.reference;

import java.util.List;

/**
 * Writes rows as the reference CSV format reads them: RFC 4180, quoting only what needs it, the
 * NULL marker unquoted, and a value that reads like the marker quoted so that it stays text.
 */
final class CsvWriter {

    private final String nullMarker;
    private final StringBuilder text = new StringBuilder();

    CsvWriter(String nullMarker) {
        this.nullMarker = nullMarker;
    }

    CsvWriter row(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            field(values.get(i));
        }
        text.append('\n');
        return this;
    }

    private void field(String value) {
        if (value == null) {
            text.append(nullMarker);
            return;
        }
        boolean quote = value.equals(nullMarker) || value.isEmpty() || value.indexOf(',') >= 0
                || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (!quote) {
            text.append(value);
            return;
        }
        text.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    String text() {
        return text.toString();
    }
}
