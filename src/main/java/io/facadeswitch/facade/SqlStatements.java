package io.facadeswitch.facade;

import java.util.List;

/**
 * The facade's statement splitter for code outside this package, such as {@code drift capture}
 * editing facade files: the same statements, offsets and lines that deploy sees.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    /**
     * Splits SQL text into statements as deploy does.
     *
     * @throws IllegalArgumentException when a quote, dollar quote or comment is not closed; the message names the line
     */
    public static List<SqlStatement> split(String text) {
        try {
            return SqlScript.split(text);
        } catch (SqlScript.SqlScriptException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
