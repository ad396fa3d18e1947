package io.facadeswitch.environment;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${VARIABLE}} references in the file's values: resolved when a connection is made, not
 * when the file is read, so that a pipeline needs only the secrets of the environment it acts on.
 */
final class Placeholders {

    static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private Placeholders() {
    }

    /** Whether the text is one reference and nothing else, as a password must be. */
    static boolean isSingleReference(String text) {
        return REFERENCE.matcher(text).matches();
    }

    /** What is wrong with the first {@code ${} that does not start a well-formed reference, if any. */
    static Optional<String> malformed(String text) {
        String rest = REFERENCE.matcher(text).replaceAll("");
        int at = rest.indexOf("${");
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of("'" + rest.substring(at, Math.min(rest.length(), at + 40))
                + "' is not a variable reference: write ${NAME}, NAME being letters, digits and underscores");
    }

    /**
     * The text with every reference replaced by the variable's value.
     *
     * @param unset called with the first variable that is not set (or empty); it returns the exception to throw
     */
    @Nullable
    static String resolve(@Nullable String text, Function<String, String> variables,
                          Function<String, RuntimeException> unset) {
        if (text == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.apply(m.group(1));
            if (value == null || value.isEmpty()) {
                throw unset.apply(m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
