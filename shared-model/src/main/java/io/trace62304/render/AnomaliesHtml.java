package io.trace62304.render;

import io.trace62304.anomaly.Anomaly;
import io.trace62304.anomaly.AnomalyKind;
import io.trace62304.anomaly.AnomalyList;
import io.trace62304.anomaly.Evaluation;
import java.util.List;

/**
 * {@code anomalies.html}: the unresolved anomaly list (5.8.2, 5.8.3) as one self-contained page an auditor or a
 * hospital's buyer can read on its own: no network, no external file, no script, every value escaped.
 */
public final class AnomaliesHtml {
    public String render(final AnomalyList list) {
        Html html = new Html(16 * 1024 + list.anomalies().size() * 600);
        page(html, list);
        return html.toString();
    }

    /**
     * The same page, written to {@code out} as it is built; the caller closes {@code out}.
     *
     * @throws java.io.UncheckedIOException if {@code out} cannot be written
     */
    public void render(final AnomalyList list, final java.io.Writer out) {
        Html html = new Html(out);
        page(html, list);
        html.flush();
    }

    private void page(final Html html, final AnomalyList list) {
        String release = release(list);
        html.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", "Unresolved anomalies - " + release)
                .open("style")
                .markup(HtmlStyle.CSS)
                .close("style")
                .markup("</head>\n<body>\n");
        header(html, list, release);
        body(html, list);
        html.markup("</body></html>\n");
    }

    /**
     * The list without the page around it: what it covers, the count per kind, and a table per kind. The evidence
     * pack's {@code anomalies.html} and {@code .pdf} show the same under their own header.
     */
    public void body(final Html html, final AnomalyList list) {
        about(html);
        summary(html, list);
        for (AnomalyKind kind : AnomalyKind.values()) {
            kind(html, kind, list.of(kind));
        }
    }

    /** The release and the anomaly list, as a report's section names it. */
    static String release(final AnomalyList list) {
        return (list.job().isEmpty() ? "unnamed job" : list.job()) + " #"
                + (list.buildId().isEmpty() ? "?" : list.buildId());
    }

    private static void header(final Html html, final AnomalyList list, final String release) {
        html.open("header")
                .element(
                        "h1",
                        "Unresolved anomalies of " + release + ": "
                                + list.anomalies().size() + " known, " + list.count(Evaluation.NOT_EVALUATED)
                                + " without a risk evaluation")
                .element(
                        "p",
                        "IEC 62304 release gate " + list.verdict() + " under policy " + list.policy()
                                + " · problem reports from " + list.itemSource())
                .element("p", "configuration baseline " + list.baselineDigest(), "class", "digest");
        for (String line : list.belowMinimum()) {
            html.element("p", line, "class", "below-minimum");
        }
        html.close("header").markup("\n");
    }

    private static void about(final Html html) {
        html.element(
                        "p",
                        "IEC 62304 5.8.2 asks that every known residual anomaly of released software be documented,"
                                + " and 5.8.3 (Class B and C) that each be evaluated so that none contributes to an"
                                + " unacceptable risk. This list is taken from the sealed configuration baseline named"
                                + " above: problem reports of any issue type that are open in the item source or were"
                                + " closed without a fix, failing, errored and flaky tests of the build, and SOUP"
                                + " vulnerabilities assessed as exploitable or not yet assessed, of any severity.")
                .element(
                        "p",
                        "Criticality, risk evaluation, consequence for users, workaround and justification are"
                                + " quoted from the problem reports named under 'Recorded in' (for a test or a"
                                + " vulnerability: the open reports that declare it). An empty cell means nothing"
                                + " is recorded; nothing here is inferred.")
                .markup("\n");
    }

    private static void summary(final Html html, final AnomalyList list) {
        html.open("table").headerRow("Kind", "Clause", "Known", "Without a risk evaluation");
        for (AnomalyKind kind : AnomalyKind.values()) {
            List<Anomaly> anomalies = list.of(kind);
            html.row(
                    kind.description(),
                    kind.clause(),
                    String.valueOf(anomalies.size()),
                    String.valueOf(anomalies.stream()
                            .filter(a -> a.evaluation() == Evaluation.NOT_EVALUATED)
                            .count()));
        }
        html.close("table").markup("\n");
    }

    private static void kind(final Html html, final AnomalyKind kind, final List<Anomaly> anomalies) {
        html.element("h2", kind.heading() + " (" + kind.clause() + "): " + anomalies.size());
        if (anomalies.isEmpty()) {
            html.element("p", "None.").markup("\n");
            return;
        }
        html.open("table");
        AnomalyRows.header(html);
        anomalies.forEach(anomaly -> AnomalyRows.row(html, anomaly));
        html.close("table").markup("\n");
    }
}
