package io.facadeswitch.db;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement read as words, quoted names, literals and single punctuation characters, with
 * comments dropped: enough to see what a {@code CREATE}, {@code COMMENT ON} or {@code ALTER}
 * names without a SQL parser. Shared by drift (what a captured statement names) and backups
 * (which tables a pending changeset touches).
 */
public final class SqlTokens {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private SqlTokens(String text) {
        this.text = text;
    }

    public static List<Token> of(String text) {
        SqlTokens reader = new SqlTokens(text);
        reader.readAll();
        return List.copyOf(reader.tokens);
    }

    private void readAll() {
        int n = text.length();
        while (position < n) {
            char c = text.charAt(position);
            char next = position + 1 < n ? text.charAt(position + 1) : '\0';
            if (Character.isWhitespace(c)) {
                position++;
            } else if (c == '-' && next == '-') {
                int end = text.indexOf('\n', position);
                position = end < 0 ? n : end + 1;
            } else if (c == '/' && next == '*') {
                skipBlockComment();
            } else if (c == '"') {
                tokens.add(new Token(Type.QUOTED, quoted('"', false)));
            } else if (c == '\'') {
                tokens.add(new Token(Type.LITERAL, quoted('\'', false)));
            } else if (c == '$' && dollarTagEnd() > 0) {
                tokens.add(new Token(Type.LITERAL, dollarQuoted()));
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                readWord();
            } else {
                tokens.add(new Token(Type.SYMBOL, String.valueOf(c)));
                position++;
            }
        }
    }

    private void readWord() {
        int start = position;
        while (position < text.length() && isWordPart(text.charAt(position))) {
            position++;
        }
        String word = text.substring(start, position);
        if (word.equalsIgnoreCase("E") && position < text.length() && text.charAt(position) == '\'') {
            tokens.add(new Token(Type.LITERAL, quoted('\'', true)));
        } else {
            tokens.add(new Token(Type.WORD, word));
        }
    }

    /** The content of a quoted run starting at the current position, doubled quotes undone. */
    private String quoted(char quote, boolean backslashEscapes) {
        StringBuilder content = new StringBuilder();
        int i = position + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\' && i + 1 < text.length()) {
                content.append(text.charAt(i + 1));
                i += 2;
            } else if (c == quote && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                content.append(quote);
                i += 2;
            } else if (c == quote) {
                break;
            } else {
                content.append(c);
                i++;
            }
        }
        position = Math.min(i + 1, text.length());
        return content.toString();
    }

    private int dollarTagEnd() {
        int j = position + 1;
        if (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
            while (j < text.length() && isWordPart(text.charAt(j)) && text.charAt(j) != '$') {
                j++;
            }
        }
        return j < text.length() && text.charAt(j) == '$' ? j + 1 : -1;
    }

    private String dollarQuoted() {
        int tagEnd = dollarTagEnd();
        String tag = text.substring(position, tagEnd);
        int close = text.indexOf(tag, tagEnd);
        int end = close < 0 ? text.length() : close;
        position = close < 0 ? text.length() : close + tag.length();
        return text.substring(tagEnd, end);
    }

    private void skipBlockComment() {
        int depth = 0;
        while (position < text.length()) {
            if (text.startsWith("/*", position)) {
                depth++;
                position += 2;
            } else if (text.startsWith("*/", position)) {
                depth--;
                position += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                position++;
            }
        }
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    public enum Type { WORD, QUOTED, LITERAL, SYMBOL }

    /** One token; a quoted name's text is its content, a literal's its content. */
    public record Token(Type type, String text) {

        public boolean isWord(String word) {
            return type == Type.WORD && text.equalsIgnoreCase(word);
        }

        public boolean isSymbol(char symbol) {
            return type == Type.SYMBOL && text.charAt(0) == symbol;
        }

        public boolean isName() {
            return type == Type.WORD || type == Type.QUOTED;
        }

        /** The name PostgreSQL sees: unquoted words fold to lower case (ASCII only, as PostgreSQL does in UTF-8). */
        public String folded() {
            if (type != Type.WORD) {
                return text;
            }
            StringBuilder folded = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
            return folded.toString();
        }
    }
}
