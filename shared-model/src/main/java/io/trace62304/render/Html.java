package io.trace62304.render;

import io.trace62304.report.ConsoleText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * A small HTML writer: every text and attribute value is escaped, markup is only what the code writes. Control
 * characters become U+FFFD; the invisible characters that reorder or hide text (bidi overrides and isolates,
 * zero-width characters, {@link ConsoleText#isInvisible(int)}) are shown as {@code [U+202E]}, so a name cannot be
 * made to read differently from what it is; unpaired surrogates and U+FFFE/U+FFFF become U+FFFD, so the output is
 * also well-formed XML (the evidence pack renders the same pages to PDF). Only {@code http(s)} and relative URLs
 * become links ({@link #link}).
 */
public final class Html {
    private static final int SPILL = 1 << 16;

    private final StringBuilder out;
    private final Writer sink;
    private final char[] chunk;

    /** A page built in memory, returned by {@link #toString()}. */
    public Html(final int capacity) {
        this.out = new StringBuilder(capacity);
        this.sink = Writer.nullWriter();
        this.chunk = new char[0];
    }

    /**
     * A page written to {@code sink} as it is built, a chunk at a time (a report of 20,000 items is tens of
     * megabytes): call {@link #flush()} at the end.
     */
    public Html(final Writer sink) {
        this.out = new StringBuilder(SPILL + 1024);
        this.sink = sink;
        this.chunk = new char[SPILL + 1024];
    }

    public static String escape(final String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i)); // a supplementary-plane character, kept
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        escaped.append('\uFFFD'); // not a character: no XML or HTML parser accepts it
                    } else if (ConsoleText.isInvisible(c)) {
                        escaped.append('[').append(ConsoleText.codePoint(c)).append(']');
                    } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Opens a tag; {@code attributes} alternate names and (escaped) values. */
    public Html open(final String tag, final String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
        out.append('>');
        return this;
    }

    public Html close(final String tag) {
        out.append("</").append(tag).append('>');
        return spill();
    }

    public Html text(final String text) {
        out.append(escape(text));
        return spill();
    }

    /** Markup produced by the renderers (SVG, the style sheet, a doctype): never user data. */
    public Html markup(final String markup) {
        out.append(markup);
        return spill();
    }

    /**
     * A link when {@code url} is an {@code http}, {@code https} or relative URL, else the text alone (followed by the
     * URL as text when they differ): {@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:} and every
     * other scheme never become clickable, however they are spelled (case, leading blanks or control characters,
     * tabs or line breaks inside, which browsers drop).
     */
    public Html link(final String text, final String url) {
        String href = linkTarget(url);
        if (href.isEmpty()) {
            return text(text.equals(url) || url.isBlank() ? text : text + " <" + url + ">");
        }
        return element("a", text, "href", href);
    }

    /**
     * The URL as a browser would read it, when it is safe to link to: {@code http(s)} or relative (not
     * scheme-relative {@code //host}); empty otherwise.
     */
    public static String linkTarget(final String url) {
        StringBuilder cleaned = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') { // browsers remove these anywhere in a URL
                cleaned.append(c);
            }
        }
        int start = 0;
        int end = cleaned.length();
        while (start < end && (cleaned.charAt(start) <= ' ' || Character.isWhitespace(cleaned.charAt(start)))) {
            start++; // and strip C0 controls and spaces at both ends
        }
        while (end > start && (cleaned.charAt(end - 1) <= ' ' || Character.isWhitespace(cleaned.charAt(end - 1)))) {
            end--;
        }
        String target = cleaned.substring(start, end);
        if (target.isEmpty() || target.chars().anyMatch(c -> Character.isISOControl(c) || ConsoleText.isInvisible(c))) {
            return "";
        }
        if (target.startsWith("//")
                || target.startsWith("\\")
                || target.startsWith("/\\")
                || target.startsWith("\\/")) {
            return "";
        }
        int colon = target.indexOf(':');
        int path = indexOfAny(target, "/?#\\");
        if (colon < 0 || (path >= 0 && path < colon)) {
            return target; // relative: no scheme
        }
        String scheme = target.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? target : "";
    }

    private static int indexOfAny(final String text, final String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    public Html element(final String tag, final String text, final String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** One table row of text cells. */
    public Html row(final String... cells) {
        open("tr");
        for (String cell : cells) {
            element("td", cell);
        }
        return close("tr").markup("\n");
    }

    public Html headerRow(final String... cells) {
        open("tr");
        for (String cell : cells) {
            element("th", cell);
        }
        return close("tr").markup("\n");
    }

    /** Hands what is built to the sink once it is a chunk long (never for a page built in memory). */
    private Html spill() {
        if (chunk.length > 0 && out.length() >= SPILL) {
            flush();
        }
        return this;
    }

    /** Writes what is left to the sink of a page written as it is built. */
    public void flush() {
        if (chunk.length == 0) {
            return;
        }
        try {
            for (int from = 0; from < out.length(); from += chunk.length) {
                int to = Math.min(out.length(), from + chunk.length);
                out.getChars(from, to, chunk, 0);
                sink.write(chunk, 0, to - from);
            }
            out.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page built in memory.
     *
     * @throws IllegalStateException for a page written to a sink as it is built
     */
    @Override
    public String toString() {
        if (chunk.length > 0) {
            throw new IllegalStateException("this page is written to its sink, not built in memory");
        }
        return out.toString();
    }
}
