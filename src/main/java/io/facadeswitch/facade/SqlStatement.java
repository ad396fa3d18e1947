package io.facadeswitch.facade;

import java.util.List;

/**
 * One statement of a SQL file.
 *
 * @param text     the statement, without its terminating semicolon
 * @param offset   where the statement starts in its file (a char index)
 * @param line     the 1-based line where it starts
 * @param keywords its first words, upper-cased, outside comments and quotes
 * @param innerLeadWords the first word after each semicolon inside the statement (in a routine
 *                       body or in parentheses), upper-cased
 */
public record SqlStatement(String text, int offset, int line, List<String> keywords, List<String> innerLeadWords) {

    public boolean startsWith(String... words) {
        if (keywords.size() < words.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!keywords.get(i).equals(words[i])) {
                return false;
            }
        }
        return true;
    }
}
