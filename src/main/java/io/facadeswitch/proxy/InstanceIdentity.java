package io.facadeswitch.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which application instance a connection belongs to, from its startup packet: the
 * {@code -c <option>=NAME} setting in {@code options} when present (for drivers that set
 * {@code application_name} only after connecting), else {@code application_name}. Names
 * PostgreSQL would cut (over 63 bytes of UTF-8) or that hold control characters are not trusted:
 * such a connection is anonymous and follows the active colour.
 */
final class InstanceIdentity {

    static final int MAX_LENGTH = 63;

    private InstanceIdentity() {
    }

    /** The instance name, or {@code null} for an anonymous connection. */
    static String of(StartupPacket.Startup startup, String optionName) {
        String fromOption = optionValue(startup.parameterText("options"), optionName);
        String name = fromOption != null ? fromOption : startup.parameterText("application_name");
        if (name == null) {
            return null;
        }
        name = name.strip();
        if (name.isEmpty() || name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH
                || name.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return name;
    }

    /** The value of {@code -c name=value} or {@code --name=value} in a startup {@code options} string. */
    static String optionValue(String options, String optionName) {
        if (options == null || options.isEmpty()) {
            return null;
        }
        List<String> words = split(options);
        String wanted = optionName.toLowerCase(Locale.ROOT);
        String found = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String setting = null;
            if (word.equals("-c") && i + 1 < words.size()) {
                setting = words.get(++i);
            } else if (word.startsWith("-c")) {
                setting = word.substring(2);
            } else if (word.startsWith("--")) {
                setting = word.substring(2);
            }
            if (setting == null) {
                continue;
            }
            int equals = setting.indexOf('=');
            if (equals > 0 && setting.substring(0, equals).replace('-', '_').toLowerCase(Locale.ROOT)
                    .equals(wanted.replace('-', '_'))) {
                found = setting.substring(equals + 1); // the last one wins, as in PostgreSQL
            }
        }
        return found;
    }

    /** Splits like PostgreSQL's pg_split_opts: whitespace separates, a backslash escapes the next character. */
    private static List<String> split(String options) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < options.length(); i++) {
            char c = options.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '\\' && i + 1 < options.length()) {
                c = options.charAt(++i);
            }
            word.append(c);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
