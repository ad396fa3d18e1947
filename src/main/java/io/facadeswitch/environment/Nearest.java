package io.facadeswitch.environment;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known word a mistyped one was probably meant to be, for "did you mean ...?". */
final class Nearest {

    private Nearest() {
    }

    static Optional<String> to(String word, Collection<String> known) {
        int limit = Math.max(2, word.length() / 3);
        return known.stream().filter(candidate -> distance(word, candidate) <= limit)
                .min(Comparator.comparingInt(candidate -> distance(word, candidate)));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
