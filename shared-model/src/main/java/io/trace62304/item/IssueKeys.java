package io.trace62304.item;

import java.util.Comparator;

/** Orders issue keys as people read them: by project, then by number (MED-2 before MED-10). */
public final class IssueKeys {
    /** Project first, then the number; keys without a number sort by text. */
    public static final Comparator<String> ORDER = IssueKeys::compare;

    private IssueKeys() {
    }

    private static int compare(final String left, final String right) {
        int l = left.lastIndexOf('-');
        int r = right.lastIndexOf('-');
        if (l > 0 && r > 0 && isNumber(left, l + 1) && isNumber(right, r + 1)) {
            int byProject = left.substring(0, l).compareTo(right.substring(0, r));
            if (byProject != 0) {
                return byProject;
            }
            int byLength = Integer.compare(left.length() - l, right.length() - r);
            if (byLength != 0) {
                return byLength;
            }
        }
        return left.compareTo(right);
    }

    private static boolean isNumber(final String key, final int from) {
        if (from >= key.length() || key.length() - from > 18) {
            return false;
        }
        for (int i = from; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return key.charAt(from) != '0' || key.length() - from == 1;
    }
}
