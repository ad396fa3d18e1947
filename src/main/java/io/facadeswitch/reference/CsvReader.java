package io.facadeswitch.reference;

import io.facadeswitch.OperatorText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one reference CSV as RFC 4180 writes it: {@code ,} between values, {@code "} around a
 * value that holds a comma, a quote ({@code ""}) or a line break, records ending with LF or CRLF.
 *
 * <p>Nothing is trimmed, not in the header and not in values: a space is data, as PostgreSQL's
 * {@code COPY} sees it. Only an unquoted value exactly equal to the null marker is NULL; a quoted
 * one is always text, so {@code "\N"} is the two characters and {@code ""} the empty string.
 * Line numbers count LF, as editors, {@code grep -n} and diffs do, and a row is named by the line
 * it starts on. An empty line is refused rather than read as a row of one empty value, except at
 * the end of the file, where editors leave them.
 *
 * <p>The file is read whole and scanned once, character by character: reference tables are
 * small enough, and 100,000 rows take well under a second.
 */
final class CsvReader {

    private static final char QUOTE = '"';
    private static final char SEPARATOR = ',';
    private static final char CR = '\r';
    private static final char LF = '\n';
    private static final char BOM = '\uFEFF';

    private final Path file;
    private final String name;
    private final String text;
    private final String nullMarker;
    private final StringBuilder value = new StringBuilder();
    private int pos;
    private int line = 1;

    private CsvReader(Path file, String text, String nullMarker) {
        this.file = file;
        this.name = String.valueOf(file.getFileName());
        this.text = text;
        this.nullMarker = nullMarker;
        this.pos = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
    }

    /** A CSV as read: the header as written, and the data rows in file order. */
    record Csv(Path file, List<String> header, List<DeclaredRow> rows) {
    }

    /** One value as written: the marker test needs to know whether it was quoted. */
    private record Field(String text, boolean quoted) {
    }

    /**
     * @param nullMarker the unquoted value that means NULL; may be empty (then an unquoted empty value is NULL)
     * @throws ReferenceDataException {@code REFERENCE_FILE_INVALID} naming the file and line of what is wrong
     */
    static Csv read(Path file, String nullMarker) {
        return new CsvReader(file, decode(file), nullMarker).parse();
    }

    /** The file as text: UTF-8, strictly (a wrong encoding is refused rather than read as something else). */
    static String decode(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID, file.getFileName()
                    + " is not UTF-8 text: save it as UTF-8", e);
        } catch (IOException e) {
            throw new ReferenceDataException(ReferenceErrorCode.REFERENCE_FILE_INVALID, file.getFileName()
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static ReferenceDataException invalid(String message) {
        return ReferenceDataException.fileInvalid(message);
    }

    private Csv parse() {
        if (atLineEnd()) {
            throw invalid(name + " line 1: the header is empty; write the column names on line 1, separated by commas");
        }
        List<String> header = header(record());
        List<DeclaredRow> rows = new ArrayList<>();
        while (pos < text.length()) {
            int start = line;
            if (atLineEnd()) {
                if (onlyLineEndsFollow()) {
                    break;
                }
                throw invalid(name + " line " + start + " is empty; remove it or write the row");
            }
            List<Field> fields = record();
            if (fields.size() != header.size()) {
                throw invalid(name + " line " + start + " has " + fields.size() + " values, the header has " + header.size()
                        + "; quote a value that holds a comma, and give every column a value (NULL is written "
                        + (nullMarker.isEmpty() ? "as an unquoted empty value" : nullMarker) + ")");
            }
            List<String> values = new ArrayList<>(fields.size());
            for (Field field : fields) {
                values.add(!field.quoted() && field.text().equals(nullMarker) ? null : field.text());
            }
            rows.add(new DeclaredRow(file, start, values));
        }
        return new Csv(file, List.copyOf(header), rows);
    }

    private List<String> header(List<Field> fields) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> header = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            String column = fields.get(i).text();
            if (column.isEmpty()) {
                throw invalid(name + " line 1: column " + (i + 1) + " of the header is empty; name it, or remove the extra comma");
            }
            Integer earlier = seen.putIfAbsent(column, i + 1);
            if (earlier != null) {
                throw invalid(name + " line 1: the header names the column " + OperatorText.shown(column) + " twice (columns "
                        + earlier + " and " + (i + 1) + "); keep one");
            }
            header.add(column);
        }
        return header;
    }

    /** One record from {@code pos}, which is not at a line end; leaves {@code pos} after its line end. */
    private List<Field> record() {
        List<Field> fields = new ArrayList<>();
        while (true) {
            fields.add(pos < text.length() && text.charAt(pos) == QUOTE ? quoted() : unquoted());
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos);
            if (c == SEPARATOR) {
                pos++;
            } else {
                // A field ends only at a separator, a line end or the end of the text.
                pos += c == CR ? 2 : 1;
                line++;
                return fields;
            }
        }
    }

    private Field quoted() {
        int opened = line;
        value.setLength(0);
        pos++;
        while (true) {
            int close = text.indexOf(QUOTE, pos);
            if (close < 0) {
                throw invalid(name + " line " + opened + ": a quoted value opened on line " + opened + " is never closed;"
                        + " close it with \" (a quote inside it is written \"\")");
            }
            for (int i = pos; i < close; i++) {
                if (text.charAt(i) == LF) {
                    line++;
                }
            }
            value.append(text, pos, close);
            pos = close + 1;
            if (pos < text.length() && text.charAt(pos) == QUOTE) {
                value.append(QUOTE);
                pos++;
            } else {
                break;
            }
        }
        if (pos < text.length() && text.charAt(pos) != SEPARATOR && !atLineEnd()) {
            throw invalid(name + " line " + line + ": text after the closing quote of \"" + OperatorText.shown(value.toString())
                    + "\"; put the whole value in quotes and write a quote inside it as \"\"");
        }
        return new Field(value.toString(), true);
    }

    private Field unquoted() {
        int start = pos;
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == SEPARATOR || c == LF || c == CR && end + 1 < text.length() && text.charAt(end + 1) == LF) {
                break;
            }
            if (c == QUOTE) {
                throw invalid(name + " line " + line + ": a quote inside the unquoted value "
                        + OperatorText.shown(text.substring(start, lineEnd(end))) + "; put the whole value in quotes and"
                        + " write the quote inside it as \"\"");
            }
            if (c == CR) {
                throw invalid(name + " line " + line + ": a carriage return (CR) alone, outside quotes; end lines with LF or"
                        + " CRLF, and quote a value that holds a line break");
            }
            end++;
        }
        pos = end;
        return new Field(text.substring(start, end), false);
    }

    /** Where the text of a value shown in a message stops: the next separator or line break. */
    private int lineEnd(int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != SEPARATOR && text.charAt(end) != LF && text.charAt(end) != CR) {
            end++;
        }
        return end;
    }

    private boolean atLineEnd() {
        if (pos >= text.length()) {
            return true;
        }
        char c = text.charAt(pos);
        return c == LF || c == CR && pos + 1 < text.length() && text.charAt(pos + 1) == LF;
    }

    private boolean onlyLineEndsFollow() {
        for (int i = pos; i < text.length(); i++) {
            if (text.charAt(i) != LF && text.charAt(i) != CR) {
                return false;
            }
        }
        return true;
    }
}
