package io.trace62304.pack;

import io.trace62304.render.Html;

/**
 * A table column and its share of the page width, in steps of 5 % (classes {@code w5}…{@code w50} of the style
 * sheet): fixed table layout, so a long test id cannot squeeze the other columns to a letter wide in the PDF.
 */
record Column(String name, int width) {
    Column {
        if (width < 5 || width > 50 || width % 5 != 0) {
            throw new IllegalArgumentException("a column width is 5 to 50 % in steps of 5, not " + width);
        }
    }

    static Column of(final String name, final int width) {
        return new Column(name, width);
    }

    /** Opens a fixed-layout table with a repeated header row of these columns; the caller writes the body. */
    static void open(final Html html, final Column... columns) {
        html.open("table", "class", "fixed").open("thead").open("tr");
        for (Column column : columns) {
            html.element("th", column.name(), "class", "w" + column.width());
        }
        html.close("tr").close("thead").open("tbody");
    }

    static void close(final Html html) {
        html.close("tbody").close("table").markup("\n");
    }

    /** The style sheet's width classes. */
    static String css() {
        StringBuilder css = new StringBuilder("table.fixed{table-layout:fixed}");
        for (int width = 5; width <= 50; width += 5) {
            css.append(".w").append(width).append("{width:").append(width).append("%}");
        }
        return css.append('\n').toString();
    }
}
