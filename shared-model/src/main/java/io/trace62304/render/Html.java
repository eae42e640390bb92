package io.trace62304.render;

/** A small HTML writer: every text and attribute value is escaped, markup is only what the code writes. */
final class Html {
    private final StringBuilder out;

    Html(final int capacity) {
        this.out = new StringBuilder(capacity);
    }

    static String escape(final String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return escaped.toString();
    }

    /** Opens a tag; {@code attributes} alternate names and (escaped) values. */
    Html open(final String tag, final String... attributes) {
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

    Html close(final String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html text(final String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup produced by this package (SVG, the style sheet): never user data. */
    Html markup(final String markup) {
        out.append(markup);
        return this;
    }

    Html element(final String tag, final String text, final String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** One table row of text cells. */
    Html row(final String... cells) {
        open("tr");
        for (String cell : cells) {
            element("td", cell);
        }
        return close("tr").markup("\n");
    }

    Html headerRow(final String... cells) {
        open("tr");
        for (String cell : cells) {
            element("th", cell);
        }
        return close("tr").markup("\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
