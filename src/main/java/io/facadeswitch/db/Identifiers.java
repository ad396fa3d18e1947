package io.facadeswitch.db;

import io.facadeswitch.OperatorText;
import java.util.regex.Pattern;

/**
 * The only way a name reaches SQL text: checked against a strict pattern, then quoted. Names that
 * come from configuration or the command line (schemas, roles) cannot carry SQL this way.
 */
public final class Identifiers {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");

    private Identifiers() {
    }

    /** Returns the name, double-quoted, or throws when it is not a plain PostgreSQL identifier. */
    public static String quote(String name, String whatItNames) {
        return "\"" + check(name, whatItNames) + "\"";
    }

    /** Returns the name unchanged, or throws when it is not a plain PostgreSQL identifier. */
    public static String check(String name, String whatItNames) {
        if (name == null || !SAFE.matcher(name).matches()) {
            throw new DatabaseException(DatabaseErrorCode.BAD_IDENTIFIER,
                    "invalid " + whatItNames + " name '" + OperatorText.shown(name) + "': use letters, digits and underscores"
                            + " (at most 63, not starting with a digit)");
        }
        return name;
    }
}
