package io.facadeswitch;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** How far a mistyped word is from the ones known, for "did you mean ...?" on the command line and in files. */
public final class EditDistance {

    private EditDistance() {
    }

    /** The known word nearest to {@code word}, when it is within a third of its length (at least 2) edits. */
    public static Optional<String> nearest(String word, Collection<String> known) {
        int limit = Math.max(2, word.length() / 3);
        return known.stream().filter(candidate -> between(word, candidate) <= limit)
                .min(Comparator.comparingInt(candidate -> between(word, candidate)));
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions that turn one into the other. */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
