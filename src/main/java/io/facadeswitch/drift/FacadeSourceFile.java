package io.facadeswitch.drift;

import io.facadeswitch.facade.SqlStatement;
import io.facadeswitch.facade.SqlStatements;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One top-level facade file and the edits drift write-back makes to it. Edits replace or delete
 * statement spans; every other character of the file stays as it was.
 */
final class FacadeSourceFile {

    private final String name;
    private final String text;
    private final List<SqlStatement> statements;
    private final List<Optional<ObjectHeader>> created;
    private final List<Edit> edits = new ArrayList<>();

    private FacadeSourceFile(String name, String text) {
        this.name = name;
        this.text = text;
        try {
            this.statements = SqlStatements.split(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage() + "; fix the file, then capture again", e);
        }
        this.created = statements.stream().map(statement -> ObjectHeader.created(statement.text())).toList();
    }

    /** Reads a file as strict UTF-8, as deploy does. */
    static FacadeSourceFile read(Path file) throws IOException {
        String name = file.getFileName().toString();
        try {
            return new FacadeSourceFile(name, Files.readString(file));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not valid UTF-8; save it as UTF-8, then capture again", e);
        }
    }

    String name() {
        return name;
    }

    int statementCount() {
        return statements.size();
    }

    /** What statement {@code index} creates, when it is a CREATE of a kind drift writes back. */
    Optional<ObjectHeader> createdBy(int index) {
        return created.get(index);
    }

    int line(int index) {
        return statements.get(index).line();
    }

    /** Whether statement {@code index} reads exactly as {@code definition}. */
    boolean reads(int index, String definition) {
        return statements.get(index).text().equals(inFileLineEndings(definition));
    }

    /** Puts {@code definition} in place of statement {@code index}'s text; its semicolon stays. */
    void replace(int index, String definition) {
        SqlStatement statement = statements.get(index);
        edits.add(new Edit(statement.offset(), statement.offset() + statement.text().length(), inFileLineEndings(definition)));
    }

    /**
     * Deletes statement {@code index} and the COMMENT ON and ALTER statements right after it that
     * are about the object it creates.
     *
     * @return how many statements after it were deleted with it
     */
    int removeWithFollowers(int index) {
        ObjectHeader removed = created.get(index).orElseThrow();
        edits.add(wholeStatement(index));
        int followers = 0;
        for (int i = index + 1; i < statements.size() && isAbout(i, removed); i++) {
            edits.add(wholeStatement(i));
            followers++;
        }
        return followers;
    }

    /** The file with its edits made. */
    String editedText() {
        List<Edit> ordered = edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList();
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Edit edit : ordered) {
            if (edit.start() < copied) {
                throw new IllegalStateException(name + ": two edits overlap at character " + edit.start());
            }
            out.append(text, copied, edit.start()).append(edit.replacement());
            copied = edit.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    boolean changed() {
        return !editedText().equals(text);
    }

    private boolean isAbout(int index, ObjectHeader removed) {
        return ObjectHeader.commentedOrAltered(statements.get(index).text()).filter(about -> about.refersTo(removed)).isPresent();
    }

    /**
     * A statement's deletion: from its line's start when only blanks precede it, through its
     * semicolon, the rest of that line when blank, and one blank line after it.
     */
    private Edit wholeStatement(int index) {
        SqlStatement statement = statements.get(index);
        int lineStart = text.lastIndexOf('\n', statement.offset() - 1) + 1;
        int start = text.substring(lineStart, statement.offset()).isBlank() ? lineStart : statement.offset();
        int end = statement.offset() + statement.text().length();
        int semicolon = skipWhitespace(end);
        if (semicolon < text.length() && text.charAt(semicolon) == ';') {
            end = semicolon + 1;
        }
        int lineEnd = endOfBlankRest(end);
        if (lineEnd > end) {
            end = Math.max(lineEnd, endOfBlankRest(lineEnd));
        }
        return new Edit(start, end, "");
    }

    private int skipWhitespace(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Just past the line break ending the line at {@code from} when the rest of it is blank, else {@code from}. */
    private int endOfBlankRest(int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        if (i == text.length()) {
            return i;
        }
        return text.charAt(i) == '\n' ? i + 1 : from;
    }

    private String inFileLineEndings(String definition) {
        return text.contains("\r\n") ? definition.replace("\r\n", "\n").replace("\n", "\r\n") : definition;
    }

    /** Characters {@code [start, end)} of the original text become {@code replacement}. */
    private record Edit(int start, int end, String replacement) {
    }
}
