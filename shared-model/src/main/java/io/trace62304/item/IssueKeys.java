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

    /**
     * By project (the text before the last '-', or the whole key when it has none), then keys with a plain number
     * first, shorter numbers first, then in text order. One pass per comparison (it sorts and indexes 20,000 keys
     * in tree maps, so it finds each key's last dash once and never copies the project).
     */
    public static final Comparator<String> ORDER = IssueKeys::compare;

    private IssueKeys() {}

    /** Whether {@code text} is one whole key ({@link #KEY}). */
    public static boolean isKey(final String text) {
        return KEY.matcher(text).matches();
    }

    private static int compare(final String left, final String right) {
        int leftDash = left.lastIndexOf('-');
        int rightDash = right.lastIndexOf('-');
        int byProject = compareProjects(
                left, leftDash > 0 ? leftDash : left.length(), right, rightDash > 0 ? rightDash : right.length());
        if (byProject != 0) {
            return byProject;
        }
        boolean leftNumbered = isNumbered(left, leftDash + 1);
        boolean rightNumbered = isNumbered(right, rightDash + 1);
        if (leftNumbered != rightNumbered) {
            return leftNumbered ? -1 : 1;
        }
        if (leftNumbered && left.length() != right.length()) {
            return left.length() < right.length() ? -1 : 1;
        }
        return left.compareTo(right);
    }

    /** {@link String#compareTo} of the two prefixes, without copying them. */
    private static int compareProjects(final String left, final int leftEnd, final String right, final int rightEnd) {
        int common = Math.min(leftEnd, rightEnd);
        for (int i = 0; i < common; i++) {
            char a = left.charAt(i);
            char b = right.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return leftEnd - rightEnd;
    }

    /** Whether the key ends in a plain number after its last dash, which is at {@code from - 1}. */
    private static boolean isNumbered(final String key, final int from) {
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
