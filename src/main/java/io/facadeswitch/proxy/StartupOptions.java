package io.facadeswitch.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The settings a startup packet's {@code options} carries, read as the server reads them:
 * split like {@code pg_split_opts} (whitespace separates, a backslash escapes the next
 * character), then scanned like the backend's getopt: {@code -c name=value}, {@code -cname=value},
 * {@code --name=value}, and {@code c} grouped behind other flags ({@code -ec name=value}). Names
 * match as the server's do: case does not matter, and {@code -} stands for {@code _}.
 */
final class StartupOptions {

    /** The backend's getopt flags that take an argument ("B:bc:C:D:d:EeFf:h:ijk:lN:nOPp:r:S:sTt:v:W:-:"). */
    private static final String WITH_ARGUMENT = "BcCDdfhkNprStvW-";

    /** One {@code name=value} the options set, with the name as the server will look it up. */
    record Setting(String name, String value) {
    }

    private StartupOptions() {
    }

    static List<Setting> settings(String options) {
        List<Setting> settings = new ArrayList<>();
        List<String> words = split(options);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.length() < 2 || word.charAt(0) != '-') {
                continue; // not a switch: the server refuses such options, so it sets nothing
            }
            for (int at = 1; at < word.length(); at++) {
                char flag = word.charAt(at);
                if (WITH_ARGUMENT.indexOf(flag) < 0) {
                    continue;
                }
                String argument = at + 1 < word.length() ? word.substring(at + 1) : i + 1 < words.size() ? words.get(++i) : null;
                if (argument != null && (flag == 'c' || flag == '-')) {
                    int equals = argument.indexOf('=');
                    if (equals > 0) {
                        settings.add(new Setting(normalize(argument.substring(0, equals)), argument.substring(equals + 1)));
                    }
                }
                break;
            }
        }
        return settings;
    }

    /** The last value the options give the setting, or {@code null}. */
    static String value(String options, String name) {
        if (options == null || options.isEmpty()) {
            return null;
        }
        String wanted = normalize(name);
        String found = null;
        for (Setting setting : settings(options)) {
            if (setting.name().equals(wanted)) {
                found = setting.value();
            }
        }
        return found;
    }

    /** The first setting of the options that would change who the session acts as, or {@code null}. */
    static String identityChange(String options) {
        for (Setting setting : settings(options)) {
            if (changesIdentity(setting.name())) {
                return setting.name();
            }
        }
        return null;
    }

    /** Whether a setting's name is {@code role} or {@code session_authorization}, as the server matches names. */
    static boolean changesIdentity(String name) {
        String normalized = normalize(name);
        return normalized.equals("role") || normalized.equals("session_authorization");
    }

    private static String normalize(String name) {
        return name.replace('-', '_').toLowerCase(Locale.ROOT);
    }

    /** Splits like PostgreSQL's pg_split_opts. */
    private static List<String> split(String options) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean escaped = false;
        for (int i = 0; i < options.length(); i++) {
            char c = options.charAt(i);
            if (!escaped && isSpace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (!escaped && c == '\\') {
                escaped = true;
                continue;
            }
            escaped = false;
            word.append(c);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** C's isspace in the "C" locale. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
