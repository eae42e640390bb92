package io.trace62304.render;

import io.trace62304.anomaly.Anomaly;

/** The table rows of anomalies that {@code anomalies.html} and {@code report.html} share. */
final class AnomalyRows {
    private AnomalyRows() {}

    static void header(final Html html) {
        html.headerRow(
                "Anomaly",
                "Class",
                "Status",
                "Criticality",
                "Risk evaluation",
                "Consequence for users",
                "Workaround",
                "Justification",
                "Evaluation",
                "Recorded in",
                "Concerns");
    }

    static void row(final Html html, final Anomaly anomaly) {
        html.open("tr", "class", "e-" + anomaly.evaluation().name())
                .element("td", anomaly.id() + " " + anomaly.title())
                .element("td", anomaly.level())
                .element("td", anomaly.status())
                .element("td", anomaly.criticality(), "class", "multi")
                .element("td", anomaly.riskEvaluation(), "class", "multi")
                .element("td", anomaly.consequence(), "class", "multi")
                .element("td", anomaly.workaround(), "class", "multi")
                .element("td", anomaly.justification(), "class", "multi")
                .element("td", anomaly.evaluation().description(), "class", "evaluation")
                .element("td", String.join(", ", anomaly.recordedIn()))
                .element("td", String.join(", ", anomaly.concerns()))
                .close("tr")
                .markup("\n");
    }
}
