package io.trace62304.item;

import java.util.Comparator;

/**
 * Orders issue keys as people read them: by project, then by number (MED-2 before MED-10). Within a project,
 * keys with a plain number come first; anything else follows in text order, so the order is total.
 */
public final class IssueKeys {
    public static final Comparator<String> ORDER = Comparator.comparing(IssueKeys::project)
            .thenComparing(IssueKeys::isNumbered, Comparator.reverseOrder())
            .thenComparingInt(key -> isNumbered(key) ? key.length() : 0)
            .thenComparing(Comparator.naturalOrder());

    private IssueKeys() {}

    private static String project(final String key) {
        int dash = key.lastIndexOf('-');
        return dash > 0 ? key.substring(0, dash) : key;
    }

    private static boolean isNumbered(final String key) {
        int from = key.lastIndexOf('-') + 1;
        if (from == 0
                || from >= key.length()
                || key.length() - from > 18
                || key.charAt(from) == '0' && key.length() - from > 1) {
            return false;
        }
        for (int i = from; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
