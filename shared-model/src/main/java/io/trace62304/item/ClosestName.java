package io.trace62304.item;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * The known name nearest to a given one by edit distance (Levenshtein, ignoring case and surrounding blanks), and
 * whether it is a near miss: few enough edits that the name was most likely meant as the known one (a plural, a
 * typo, a changed letter case).
 */
public final class ClosestName {
    private ClosestName() {}

    /** The candidate with the fewest edits from {@code name}; the first of equals. */
    public static String closest(final String name, final Collection<String> candidates) {
        return candidates.stream()
                .min(Comparator.comparingInt(candidate -> distance(name, candidate)))
                .orElseThrow(() -> new IllegalArgumentException("no candidates"));
    }

    /** At most a fifth of the known name's letters (at least 2) differ: "Software Requirements", "Risk control". */
    public static boolean isNearMiss(final String name, final String known) {
        return distance(name, known) <= Math.max(2, known.length() / 5);
    }

    /** The number of single-character insertions, deletions and substitutions between the two, ignoring case. */
    public static int distance(final String a, final String b) {
        String s = a.strip().toLowerCase(Locale.ROOT);
        String t = b.strip().toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
