package io.facadeswitch.drift;

import io.facadeswitch.AtomicFiles;
import io.facadeswitch.OperatorText;
import io.facadeswitch.core.CoreMigrator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes core DDL run straight on a database as a new Liquibase formatted-SQL changeset in
 * {@code changes/}, numbered after the last one, and includes it last in the master changelog.
 */
public final class CoreChangesetWriter {

    public static final String AUTHOR = "facade-switch-drift";
    private static final String CHANGES = "changes";
    private static final String CLOSING_TAG = "</databaseChangeLog>";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,9})");
    /** Lines Liquibase's formatted-SQL parser reads as its own directives, wherever they stand (FormattedSqlChangeLogParser). */
    private static final Pattern DIRECTIVE = Pattern.compile("\\s*(-+\\s*(liquibase|changeset|rollback|precondition|property\\s"
            + "|comments?:?\\s|validchecksum|ignorelines:|ignore:)|/\\*\\s*liquibase).*", Pattern.CASE_INSENSITIVE);

    private CoreChangesetWriter() {
    }

    /**
     * Writes {@code statements} as changeset {@code id} into {@code outFolder/changes/} and the
     * master changelog, with the include added, to {@code outFolder/changelog.xml}; the two folders
     * may be the same.
     *
     * @param statements SQL statements without their closing semicolons
     * @param comments   lines for the reviewer (who ran it, when, from where, what), written as SQL comments
     * @throws IllegalArgumentException when the id is not letters, digits, '_' and '-', a statement
     *                                  or comment would read as a Liquibase directive, or the master
     *                                  changelog is not an XML one this can add an include to
     */
    public static CoreChangeset write(Path coreFolder, Path outFolder, String id, List<String> statements, List<String> comments)
            throws IOException {
        checkId(id);
        Path changelogFile = coreFolder.resolve(CoreMigrator.CHANGELOG);
        String changelog = readChangelog(changelogFile);
        List<String> sql = checkedStatements(statements);
        List<String> commentLines = commentLines(comments);
        String relativePath = CHANGES + "/" + String.format("%03d-drift-%s.sql", nextNumber(coreFolder, outFolder, id), id);
        Path file = outFolder.resolve(relativePath);
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists; move it away or capture with another id");
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, changeset(id, sql, commentLines).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(outFolder.resolve(CoreMigrator.CHANGELOG), withInclude(changelog, relativePath).getBytes(StandardCharsets.UTF_8));
        return new CoreChangeset(file, relativePath, id, AUTHOR, label(id));
    }

    private static String label(String id) {
        return "drift-" + id;
    }

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid drift changeset id '" + OperatorText.shown(id)
                    + "': use 1 to 100 letters, digits, '_' or '-' (for example 20261202-1830-index)");
        }
    }

    private static String readChangelog(Path changelogFile) throws IOException {
        if (!Files.isRegularFile(changelogFile)) {
            throw new IllegalArgumentException("no " + changelogFile.toAbsolutePath()
                    + "; point --core-schema at the folder holding the core changelog");
        }
        String changelog = Files.readString(changelogFile);
        if (!changelog.contains(CLOSING_TAG)) {
            throw new IllegalArgumentException(changelogFile + " has no " + CLOSING_TAG + ", so drift capture cannot include a"
                    + " changeset in it: write the captured statements as a changeset and include it in the master changelog by hand");
        }
        return changelog;
    }

    private static List<String> checkedStatements(List<String> statements) {
        List<String> checked = new ArrayList<>();
        for (String statement : statements) {
            String sql = statement == null ? "" : statement.strip();
            if (sql.endsWith(";")) {
                sql = sql.substring(0, sql.length() - 1).stripTrailing();
            }
            if (sql.isEmpty()) {
                throw new IllegalArgumentException("statement " + (checked.size() + 1) + " of the captured core DDL is empty");
            }
            checkNoDirective(sql, "statement " + (checked.size() + 1));
            checked.add(sql);
        }
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("no core DDL to write: a changeset needs at least one statement");
        }
        return checked;
    }

    private static List<String> commentLines(List<String> comments) {
        List<String> lines = new ArrayList<>();
        for (String comment : comments) {
            (comment == null ? Stream.of("") : comment.lines()).forEach(line -> lines.add(("-- " + line).stripTrailing()));
        }
        for (String line : lines) {
            checkNoDirective(line, "comment");
        }
        return lines;
    }

    private static void checkNoDirective(String text, String what) {
        text.lines().filter(line -> DIRECTIVE.matcher(line).matches()).findFirst().ifPresent(line -> {
            throw new IllegalArgumentException(what + " has the line '" + OperatorText.shown(line.strip())
                    + "', which Liquibase would read as a formatted-SQL directive; reword or drop that comment line, or write"
                    + " the changeset by hand");
        });
    }

    /** One more than the highest number any file in {@code changes/} starts with; 1 when none does. */
    private static int nextNumber(Path coreFolder, Path outFolder, String id) throws IOException {
        int highest = 0;
        for (Path folder : List.of(coreFolder.resolve(CHANGES), outFolder.resolve(CHANGES))) {
            for (String name : fileNames(folder)) {
                if (name.matches("\\d+-drift-" + Pattern.quote(id) + "\\.sql")) {
                    throw new IllegalArgumentException("a drift changeset with id " + id + " already exists, " + folder.resolve(name)
                            + "; capture with another id");
                }
                Matcher number = LEADING_NUMBER.matcher(name);
                if (number.find()) {
                    highest = Math.max(highest, Integer.parseInt(number.group(1)));
                }
            }
        }
        return highest + 1;
    }

    private static List<String> fileNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
        }
    }

    /**
     * The changeset file. Liquibase splits a changeset at every semicolon that ends a line, even
     * inside a dollar-quoted body, so one with semicolons inside a statement is sent unsplit.
     */
    private static String changeset(String id, List<String> statements, List<String> commentLines) {
        boolean innerSemicolons = statements.stream().anyMatch(statement -> statement.contains(";"));
        StringBuilder text = new StringBuilder("--liquibase formatted sql\n\n")
                .append("-- Captured from the database by facade-switch drift capture: review before committing.\n");
        commentLines.forEach(line -> text.append(line).append('\n'));
        text.append("--changeset ").append(AUTHOR).append(':').append(id).append(" labels:").append(label(id))
                .append(innerSemicolons ? " splitStatements:false" : "").append('\n');
        statements.forEach(statement -> text.append(statement).append(";\n"));
        return text.toString();
    }

    /** The changelog with an include of {@code relativePath} after its last entry, before the closing tag. */
    private static String withInclude(String changelog, String relativePath) {
        String newline = changelog.contains("\r\n") ? "\r\n" : "\n";
        int closing = changelog.lastIndexOf(CLOSING_TAG);
        int closingLine = changelog.lastIndexOf('\n', closing - 1) + 1;
        String include = includeIndent(changelog) + "<include file=\"" + relativePath + "\" relativeToChangelogFile=\"true\"/>";
        if (!changelog.substring(closingLine, closing).isBlank()) {
            return changelog.substring(0, closing) + newline + include + newline + changelog.substring(closing);
        }
        int insertAt = closingLine;
        while (insertAt > 0) {
            int previousLine = changelog.lastIndexOf('\n', insertAt - 2) + 1;
            if (!changelog.substring(previousLine, insertAt).isBlank()) {
                break;
            }
            insertAt = previousLine;
        }
        return changelog.substring(0, insertAt) + include + newline + changelog.substring(insertAt);
    }

    /** The indent of the last include, or four spaces. */
    private static String includeIndent(String changelog) {
        int include = changelog.lastIndexOf("<include");
        if (include < 0) {
            return "    ";
        }
        int lineStart = changelog.lastIndexOf('\n', include) + 1;
        String before = changelog.substring(lineStart, include);
        return before.isBlank() ? before : "    ";
    }
}
