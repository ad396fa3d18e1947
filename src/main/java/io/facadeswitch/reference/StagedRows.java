package io.facadeswitch.reference;

import io.facadeswitch.db.SqlErrors;
import io.micronaut.core.annotation.Nullable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.util.ServerErrorMessage;

/**
 * The declared rows of one table in a temporary table of the same column types, loaded with one
 * COPY: the server casts every value by its column's type, and the synchronization then works set
 * by set. A value that does not cast is reported at its file and line, and the transaction is lost
 * with it, so nothing of the run is applied.
 */
final class StagedRows {

    /** COPY's context names the line of its input; each declared row is one line of it. */
    private static final Pattern COPY_LINE = Pattern.compile("COPY \\S+, line (\\d+)(?:, column ([^:]+))?");

    private final TableSpec spec;
    private final String relation;

    private StagedRows(TableSpec spec, String relation) {
        this.spec = spec;
        this.relation = relation;
    }

    /** The table and declaration these rows are of. */
    TableSpec spec() {
        return spec;
    }

    /** The staging table's name, for SQL text; the tool makes it up, nothing declared is in it. */
    String relation() {
        return relation;
    }

    /**
     * @param csvAsIs the CSV file to send as it is, when the rows are exactly its records (no overlay):
     *                it was parsed and checked already, and PostgreSQL's CSV format reads it the same
     *                way (RFC 4180, the NULL marker only unquoted), so it need not be written again
     */
    static StagedRows load(Connection connection, TableSpec spec, List<DeclaredRow> rows, int number,
                           @Nullable Path csvAsIs) throws SQLException {
        String name = "facade_switch_reference_" + number;
        String relation = "pg_temp." + name;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE " + name + " ON COMMIT DROP AS SELECT " + spec.columnList("")
                    + " FROM " + spec.table().qualified() + " WITH NO DATA");
        }
        byte[] raw = csvAsIs == null ? null : readable(csvAsIs);
        String copy = "COPY " + relation + " (" + spec.columnList("") + ") FROM STDIN" + (raw == null ? ""
                : " WITH (FORMAT csv, HEADER true, NULL " + literal(spec.declaration().manifest().nullMarker()) + ")");
        byte[] text = raw != null ? raw : copyText(rows);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new ByteArrayInputStream(text));
        } catch (SQLException e) {
            throw castFailure(spec, rows, raw != null, e);
        } catch (IOException e) {
            throw new SQLException("could not send the rows of " + spec.name() + ": " + e.getMessage(), e);
        }
        try (Statement statement = connection.createStatement()) {
            // Temporary tables are never analyzed on their own; the anti-joins need the row count.
            statement.execute("ANALYZE " + relation);
        }
        refuseKeysEqualOnceCast(connection, spec, relation);
        return new StagedRows(spec, relation);
    }

    /**
     * A string literal whatever {@code standard_conforming_strings} says: an escape string, its
     * backslashes and quotes doubled ({@code \N} must stay two characters, not become {@code N}).
     */
    static String literal(String text) {
        return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /**
     * Two keys the reader saw as different text may be one value of the column's type ({@code 1} and
     * {@code 01} as integers, {@code 'EUR'} and {@code 'EUR '} as {@code char(3)}); an update would
     * then take either row, silently. Text keys compare as the reader compared them: not asked again.
     */
    private static void refuseKeysEqualOnceCast(Connection connection, TableSpec spec, String relation)
            throws SQLException {
        if (spec.key().stream().allMatch(c -> c.type().equals("text") || c.type().startsWith("character varying"))) {
            return;
        }
        String keys = spec.keyList("");
        List<String> twice = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "SELECT ROW(" + keys + ")::text, count(*) FROM " + relation + " GROUP BY " + keys
                        + " HAVING count(*) > 1 ORDER BY 1 LIMIT 5")) {
            while (row.next()) {
                twice.add(row.getString(1) + " " + row.getLong(2) + " times");
            }
        }
        if (!twice.isEmpty()) {
            throw new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID, spec.declaration().csv()
                    .getFileName() + ": keys written differently are the same value as "
                    + spec.key().stream().map(TableColumn::type).toList() + ": " + String.join(", ", twice)
                    + "; write each key once, nothing was applied");
        }
    }

    /** COPY's text format: one line per row, tab-separated, {@code \N} for NULL, escapes for the rest. */
    static byte[] copyText(List<DeclaredRow> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (DeclaredRow row : rows) {
            List<String> values = row.values();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendEscaped(text, values.get(i));
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendEscaped(StringBuilder text, String value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(c);
            }
        }
    }

    /**
     * The file's bytes when COPY's CSV format can take them as they are, else {@code null}: not
     * when empty lines follow the last record (the reader ignores them, COPY would not) or when
     * {@code \.} appears anywhere (COPY from a client may take it for the end of the data).
     */
    private static byte[] readable(Path csv) throws SQLException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csv);
        } catch (IOException e) {
            throw new SQLException("could not read " + csv + ": " + e.getMessage(), e);
        }
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        if (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            return null;
        }
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\\' && bytes[i + 1] == '.') {
                return null;
            }
        }
        return bytes;
    }

    /**
     * @param fileLines COPY read the file itself, and its line numbers are the file's (it counts
     *                  every line break, quoted ones too, the header being line 1); otherwise a line
     *                  of COPY's input is one row
     */
    private static RuntimeException castFailure(TableSpec spec, List<DeclaredRow> rows, boolean fileLines,
                                                SQLException e) {
        Optional<ServerErrorMessage> server = SqlErrors.serverMessage(e);
        String where = server.map(ServerErrorMessage::getWhere).orElse(null);
        Matcher at = where == null ? null : COPY_LINE.matcher(where);
        if (at == null || !at.find()) {
            return new ReferenceDataException(ReferenceErrorCode.REFERENCE_SYNC_FAILED, "the rows of "
                    + spec.declaration().csv().getFileName() + " could not be loaded: " + SqlErrors.describe(e)
                    + "; nothing was applied", e);
        }
        int line = Integer.parseInt(at.group(1));
        int record = fileLines ? rowStartingBy(rows, line) : line - 1;
        String place = record >= 0 && record < rows.size() ? rows.get(record).where() : spec.declaration().csv()
                .getFileName().toString();
        String column = at.group(2) == null ? "" : ", column " + at.group(2);
        String type = at.group(2) == null ? "" : spec.table().column(at.group(2)).map(c -> " (" + c.type() + ")")
                .orElse("");
        return new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID, place + column + type + ": "
                + server.map(ServerErrorMessage::getMessage).orElse(e.getMessage())
                + "; correct the value, nothing was applied", e);
    }

    /** The row that the file's line {@code line} belongs to: the last one starting on or before it. */
    private static int rowStartingBy(List<DeclaredRow> rows, int line) {
        int low = 0;
        int high = rows.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (rows.get(middle).line() <= line) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
