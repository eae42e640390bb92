package io.trace62304.item;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * What an issue key is, in one place: {@link #KEY} for a whole key a declaration writes (a mapping file, a policy's
 * package map), {@link #IN_TEXT} for the Jira-style keys found inside free text (test names, commit subjects); and
 * {@link #ORDER}, keys as people read them: by project, then by number (MED-2 before MED-10). Within a project,
 * keys with a plain number come first; anything else follows in text order, so the order is total. (The separate
 * {@code trace62304-junit5} artifact keeps its own copy of {@link #KEY}: it depends on nothing of Trace62304's.)
 */
public final class IssueKeys {
    /** A whole key as a declaration writes it: a letter, then letters, digits or '_', a dash and a number. */
    public static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[0-9]+");

    /**
     * A Jira key inside text: an upper-case project of two or more characters, a dash and a number without a leading
     * zero, not part of a longer word or number ({@code UTF-8} and {@code ISO-8859-1} are not keys of a project in
     * scope, and only keys of items in scope count).
     */
    public static final Pattern IN_TEXT = Pattern.compile("(?<![A-Za-z0-9_-])[A-Z][A-Z0-9_]+-[1-9][0-9]*(?![0-9])");

    public static final Comparator<String> ORDER = Comparator.comparing(IssueKeys::project)
            .thenComparing(IssueKeys::isNumbered, Comparator.reverseOrder())
            .thenComparingInt(key -> isNumbered(key) ? key.length() : 0)
            .thenComparing(Comparator.naturalOrder());

    private IssueKeys() {}

    /** Whether {@code text} is one whole key ({@link #KEY}). */
    public static boolean isKey(final String text) {
        return KEY.matcher(text).matches();
    }

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
