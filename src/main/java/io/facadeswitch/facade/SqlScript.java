package io.facadeswitch.facade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL file into statements the way psql does, so that each one can be run on its own
 * and an error can be traced to its file and line. Understands quotes, quoted identifiers,
 * dollar quoting, both comment styles (nested block comments included), parentheses and
 * SQL-standard routine bodies ({@code BEGIN ATOMIC ... END}), whose inner semicolons do not end
 * the statement. The first word after each such inner semicolon is kept: the driver may split
 * there, so the rules must see it too.
 */
final class SqlScript {

    private static final int KEYWORDS_KEPT = 6;

    private final String text;
    private final int[] lineStarts;

    private SqlScript(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    static List<SqlStatement> split(String text) {
        return new SqlScript(text).statements();
    }

    /** 1-based line of a char index. */
    static int lineOf(String text, int index) {
        return new SqlScript(text).line(index);
    }

    private List<SqlStatement> statements() {
        List<SqlStatement> statements = new ArrayList<>();
        Statement current = new Statement();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            if (c == '-' && next == '-') {
                i = skipLineComment(i);
            } else if (c == '/' && next == '*') {
                i = skipBlockComment(i);
            } else if (c == '\'') {
                current.begin(i);
                i = skipString(i, isEscapeStringPrefix(i));
            } else if (c == '"') {
                current.begin(i);
                i = skipQuoted(i, '"', "quoted identifier");
            } else if (c == '$' && dollarTagEnd(i) > 0) {
                current.begin(i);
                i = skipDollarQuoted(i);
            } else if (isIdentifierStart(c) && (i == 0 || !isIdentifierPart(text.charAt(i - 1)))) {
                current.begin(i);
                int end = i;
                while (end < n && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                word(current, i, end);
                i = end;
            } else if (c == '(') {
                current.begin(i);
                current.parenDepth++;
                i++;
            } else if (c == ')') {
                current.begin(i);
                current.parenDepth = Math.max(0, current.parenDepth - 1);
                i++;
            } else if (c == ';' && current.parenDepth == 0 && current.blockDepth == 0) {
                if (current.start >= 0) {
                    statements.add(statement(current, i));
                }
                current = new Statement();
                i++;
            } else {
                if (c == ';') {
                    current.afterInnerSemicolon = true;
                } else if (!Character.isWhitespace(c)) {
                    current.begin(i);
                }
                i++;
            }
        }
        if (current.start >= 0 && !text.substring(current.start).isBlank()) {
            statements.add(statement(current, n));
        }
        return statements;
    }

    /**
     * psql's rules (psqlscan.l): inside CREATE [OR REPLACE] FUNCTION|PROCEDURE and outside
     * parentheses, BEGIN opens a block, CASE opens one only within a block, END closes one; a
     * semicolon ends the statement only outside parentheses and blocks.
     */
    private void word(Statement current, int start, int end) {
        // Most words are neither kept nor block words: compare in place, allocate nothing.
        if (current.keywords.size() < KEYWORDS_KEPT) {
            current.keywords.add(text.substring(start, end).toUpperCase(Locale.ROOT));
        }
        if (current.afterInnerSemicolon) {
            current.innerLeadWords.add(text.substring(start, end).toUpperCase(Locale.ROOT));
            current.afterInnerSemicolon = false;
        }
        if (current.parenDepth > 0 || !isRoutine(current.keywords)) {
            return;
        }
        if (isWord(start, end, "BEGIN")) {
            current.blockDepth++;
        } else if (isWord(start, end, "CASE")) {
            if (current.blockDepth > 0) {
                current.blockDepth++;
            }
        } else if (isWord(start, end, "END") && current.blockDepth > 0) {
            current.blockDepth--;
        }
    }

    /** The statement being read. */
    private static final class Statement {
        int start = -1;
        int parenDepth;
        int blockDepth;
        boolean afterInnerSemicolon;
        final List<String> keywords = new ArrayList<>();
        final List<String> innerLeadWords = new ArrayList<>();

        void begin(int index) {
            if (start < 0) {
                start = index;
            }
        }
    }

    private boolean isWord(int start, int end, String word) {
        return end - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
    }

    private SqlStatement statement(Statement statement, int end) {
        String body = text.substring(statement.start, end).stripTrailing();
        return new SqlStatement(body, statement.start, line(statement.start), List.copyOf(statement.keywords),
                List.copyOf(statement.innerLeadWords));
    }

    /** CREATE [OR REPLACE] FUNCTION|PROCEDURE: the only statements whose body may hold BEGIN ... END. */
    private static boolean isRoutine(List<String> keywords) {
        if (keywords.size() < 2 || !keywords.get(0).equals("CREATE")) {
            return false;
        }
        int kind = keywords.size() >= 4 && keywords.get(1).equals("OR") ? 3 : 1;
        return keywords.size() > kind
                && (keywords.get(kind).equals("FUNCTION") || keywords.get(kind).equals("PROCEDURE"));
    }

    private int skipLineComment(int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end + 1;
    }

    private int skipBlockComment(int from) {
        int depth = 0;
        int i = from;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw unterminated("block comment", from);
    }

    private boolean isEscapeStringPrefix(int quote) {
        return quote > 0 && (text.charAt(quote - 1) == 'E' || text.charAt(quote - 1) == 'e')
                && (quote == 1 || !isIdentifierPart(text.charAt(quote - 2)));
    }

    private int skipString(int from, boolean backslashEscapes) {
        int i = from + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw unterminated("string", from);
    }

    private int skipQuoted(int from, char quote, String what) {
        int i = from + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw unterminated(what, from);
    }

    /** Index just past a dollar-quote tag starting at {@code i}, or -1 when {@code $} starts no tag. */
    private int dollarTagEnd(int i) {
        if (i > 0 && isIdentifierPart(text.charAt(i - 1))) {
            return -1; // part of an identifier such as a$b
        }
        int j = i + 1;
        if (j < text.length() && isIdentifierStart(text.charAt(j))) {
            while (j < text.length() && isIdentifierPart(text.charAt(j)) && text.charAt(j) != '$') {
                j++;
            }
        }
        return j < text.length() && text.charAt(j) == '$' ? j + 1 : -1;
    }

    private int skipDollarQuoted(int from) {
        int tagEnd = dollarTagEnd(from);
        String tag = text.substring(from, tagEnd);
        int close = text.indexOf(tag, tagEnd);
        if (close < 0) {
            throw unterminated("dollar-quoted string " + tag, from);
        }
        return close + tag.length();
    }

    private SqlScriptException unterminated(String what, int from) {
        return new SqlScriptException("unterminated " + what + " starting at line " + line(from), line(from));
    }

    private int line(int index) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** A file cannot be split: the message names the line. */
    static final class SqlScriptException extends RuntimeException {
        private final int line;

        SqlScriptException(String message, int line) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
