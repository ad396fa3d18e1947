package io.facadeswitch.facade;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes PostgreSQL's Unicode-escaped identifiers and strings ({@code U&"facade\005fblue"},
 * {@code U&'...' UESCAPE '!'}) in SQL text, so that a text rule sees the name the server will.
 * Everything else is left as it is; a malformed escape is left undecoded (the server refuses it).
 */
final class UnicodeEscapes {

    private static final Pattern ESCAPED = Pattern.compile(
            "[Uu]&(\"(?:[^\"]|\"\")*\"|'(?:[^']|'')*')(\\s*[Uu][Ee][Ss][Cc][Aa][Pp][Ee]\\s*'([^'])')?");

    private UnicodeEscapes() {
    }

    static String decode(String sql) {
        Matcher m = ESCAPED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            char escape = m.group(3) != null ? m.group(3).charAt(0) : '\\';
            String quoted = m.group(1);
            char quote = quoted.charAt(0);
            String body = quoted.substring(1, quoted.length() - 1);
            m.appendReplacement(out, Matcher.quoteReplacement(quote + unescape(body, escape) + quote));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unescape(String body, char escape) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != escape) {
                text.append(c);
                i++;
            } else if (i + 1 < body.length() && body.charAt(i + 1) == escape) {
                text.append(escape);
                i += 2;
            } else if (i + 1 < body.length() && body.charAt(i + 1) == '+' && hex(body, i + 2, 6)
                    && Character.isValidCodePoint(Integer.parseInt(body.substring(i + 2, i + 8), 16))) {
                text.appendCodePoint(Integer.parseInt(body.substring(i + 2, i + 8), 16));
                i += 8;
            } else if (hex(body, i + 1, 4)) {
                text.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 5), 16));
                i += 5;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    private static boolean hex(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
