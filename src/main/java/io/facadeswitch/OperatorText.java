package io.facadeswitch;

/**
 * Text that people type and the switch keeps or shows: reasons and comments go into the
 * append-only audit log for ever, and names are echoed in errors that reach terminals. Kept text
 * is refused unless it is printable and short; echoed text is made printable and cut short, so
 * no input can move a terminal's cursor, change its colours or fill a screen.
 */
public final class OperatorText {

    /** The longest reason or comment kept, in characters. */
    public static final int MAX_REASON = 1000;
    /** The most of an input an error message shows. */
    static final int SHOWN = 64;

    private OperatorText() {
    }

    /**
     * A reason or comment as it will be kept: trimmed, {@code null} when empty; refused when it
     * is longer than {@link #MAX_REASON} or holds a control or bidirectional-override character
     * (tab and newline are allowed).
     */
    public static String reason(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > MAX_REASON) {
            throw new InvalidInput(field + " is " + length + " characters long; keep it to " + MAX_REASON
                    + " (it is kept in the audit log for ever)");
        }
        for (int i = 0; i < trimmed.length(); ) {
            int c = trimmed.codePointAt(i);
            if (c != '\t' && c != '\n' && unprintable(c)) {
                throw new InvalidInput(field + " holds the control character " + String.format("U+%04X", c)
                        + " at character " + (trimmed.codePointCount(0, i) + 1) + ": send printable text");
            }
            i += Character.charCount(c);
        }
        return trimmed;
    }

    /**
     * An input as an error message may show it: unprintable characters written as {@code \\u001B},
     * and at most {@value #SHOWN} characters, with how many more there were.
     */
    public static String shown(String input) {
        if (input == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(input.length(), SHOWN) + 16);
        int count = 0;
        int i = 0;
        while (i < input.length() && count < SHOWN) {
            int c = input.codePointAt(i);
            if (unprintable(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
            count++;
            i += Character.charCount(c);
        }
        if (i < input.length()) {
            out.append("… (").append(input.codePointCount(i, input.length())).append(" more characters)");
        }
        return out.toString();
    }

    /** Control characters (C0, DEL, C1), bidirectional overrides and isolates, lone surrogates. */
    private static boolean unprintable(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || Character.isSurrogate((char) c) && c <= 0xFFFF;
    }

    /** Input refused before anything was written: a client error (400), whatever it came through. */
    public static final class InvalidInput extends FacadeSwitchException {

        public InvalidInput(String message) {
            super(InputErrorCode.INVALID_INPUT, message, null);
        }
    }
}
