package io.trace62304.render;

/** The collapsible sections of {@code report.html}. */
final class Sections {
    /** Rows a table or group shows before it is collapsed (without script) or paged (with it). */
    static final int PAGE = 100;

    private Sections() {}

    /** Opens a {@code <details>} section with its summary; the caller closes it. */
    static void open(final Html html, final String id, final String title, final boolean open) {
        if (open) {
            html.open("details", "id", id, "open", "open");
        } else {
            html.open("details", "id", id);
        }
        html.element("summary", title);
    }
}
