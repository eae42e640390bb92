package io.trace62304.pack;

import io.trace62304.render.Html;

/** One document of the evidence pack: its file name, its title and the clauses it answers, and its body. */
interface PackDocument {
    /** The file name without extension, e.g. {@code srs}. */
    String name();

    String title();

    /** The clauses the document answers, e.g. "IEC 62304 5.2, 5.2.3". */
    String clauses();

    /** Writes the body of the document (everything inside {@code <main>}). */
    void body(Html html, PackContent content);
}
