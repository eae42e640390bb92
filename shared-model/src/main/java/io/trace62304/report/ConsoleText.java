package io.trace62304.report;

import java.util.Locale;

/**
 * Makes text from inputs (item status, test names, purls, file names, Jira answers) safe to print on a console or a
 * CI log: it can neither forge a line (a fake {@code release gate: PASS}, a CI command such as {@code ::error}) nor
 * send escape sequences to the terminal. Control characters become visible escapes ({@code \n}, {@code \r},
 * {@code \t}, {@code \u001b}), as do line and paragraph separators and the invisible characters that reorder or hide
 * text (bidi overrides and isolates, zero-width characters; see {@link #isInvisible(int)}). A line that would start
 * like a CI command ({@code ::}, {@code ##[}, {@code ##vso[}) has its first character escaped.
 */
public final class ConsoleText {
    private ConsoleText() {}

    /**
     * One console line: every control character, line break and invisible character is escaped.
     *
     * @param text any text; {@code null} prints as {@code null}
     * @return the text as one line
     */
    public static String line(final String text) {
        return escape(String.valueOf(text), false);
    }

    /**
     * A block of lines written by the program itself (a plan, help, pretty-printed JSON): line feeds are kept (and
     * CR LF read as one), tabs are kept, everything else is escaped as in {@link #line(String)}, and no line can start
     * like a CI command.
     *
     * @param text any text; {@code null} prints as {@code null}
     * @return the text, its lines kept
     */
    public static String block(final String text) {
        return escape(String.valueOf(text), true);
    }

    /**
     * Characters that reorder or hide text without being visible: the bidi embeddings, overrides and isolates
     * (U+202A–U+202E, U+2066–U+2069), the marks U+200E, U+200F and U+061C, the zero-width characters (U+200B–U+200D,
     * U+2060–U+2064, U+180E) and the byte order mark U+FEFF.
     *
     * @param c a code point
     * @return whether it is shown as {@code [U+XXXX]} in HTML and escaped on a console
     */
    public static boolean isInvisible(final int c) {
        return (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || (c >= 0x200B && c <= 0x200F)
                || (c >= 0x2060 && c <= 0x2064)
                || c == 0x061C
                || c == 0x180E
                || c == 0xFEFF;
    }

    /** {@code U+202E}: how an invisible or control character is named in outputs. */
    public static String codePoint(final int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    private static String escape(final String text, final boolean keepLines) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keepLines && (c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
                if (c == '\r') {
                    i++;
                }
                out.append('\n');
                lineStart = true;
                continue;
            }
            if (lineStart && c != ' ' && c != '\t') {
                lineStart = false;
                if (looksLikeCiCommand(text, i)) {
                    out.append(unicodeEscape(c));
                    continue;
                }
            }
            if (keepLines && c == '\t') {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isInvisible(c)) {
                out.append(unicodeEscape(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** GitHub Actions ({@code ::error::}), Azure Pipelines ({@code ##vso[}, {@code ##[error]}), even after blanks. */
    private static boolean looksLikeCiCommand(final String text, final int i) {
        return text.startsWith("::", i) || text.startsWith("##[", i) || text.startsWith("##vso[", i);
    }

    private static String unicodeEscape(final char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
}
