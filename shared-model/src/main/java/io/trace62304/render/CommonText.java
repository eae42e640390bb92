package io.trace62304.render;

import java.util.List;

/**
 * The words a list of texts starts and ends with in common, so a table of many similar sentences (a rule's findings)
 * can say them once, above the rows, and each row only what differs: row text = {@link #prefix()} + the row's
 * {@link #middle} + {@link #suffix()}, nothing lost. Cuts fall after a blank (prefix) or before one (suffix), so no
 * word is split; fewer than two texts have nothing in common.
 */
record CommonText(String prefix, String suffix) {
    static final CommonText NONE = new CommonText("", "");

    static CommonText of(final List<String> texts) {
        if (texts.size() < 2) {
            return NONE;
        }
        String first = texts.get(0);
        int shortest = texts.stream().mapToInt(String::length).min().orElse(0);
        int prefix = shortest;
        int suffix = shortest;
        for (String text : texts) {
            prefix = Math.min(prefix, commonPrefix(first, text));
            suffix = Math.min(suffix, commonSuffix(first, text));
        }
        prefix = first.lastIndexOf(' ', prefix - 1) + 1; // back to just after a blank
        int suffixStart = first.length() - suffix;
        int blank = first.indexOf(' ', suffixStart);
        suffix = blank < 0 ? 0 : first.length() - blank; // forward to a blank, which the suffix keeps
        if (prefix + suffix >= shortest) { // the texts would have no middle left: say only the suffix once
            prefix = 0;
            if (suffix >= shortest) {
                suffix = 0;
            }
        }
        return new CommonText(first.substring(0, prefix), first.substring(first.length() - suffix));
    }

    /** Whether anything is common. */
    boolean isEmpty() {
        return prefix.isEmpty() && suffix.isEmpty();
    }

    /** The part of {@code text} between the common prefix and suffix. */
    String middle(final String text) {
        return text.substring(prefix.length(), text.length() - suffix.length());
    }

    private static int commonPrefix(final String a, final String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(final String a, final String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
