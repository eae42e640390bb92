package io.trace62304.pack;

import io.trace62304.render.AnomaliesHtml;
import io.trace62304.render.Html;

/**
 * {@code anomalies}: the unresolved anomaly list of the release (5.8.2, 5.8.3) with the consequence for users and the
 * workaround each problem report records, as the gate's {@code anomalies.html} shows it (one renderer for both).
 */
final class AnomalyListDocument implements PackDocument {
    @Override
    public String name() {
        return "anomalies";
    }

    @Override
    public String title() {
        return "Unresolved anomaly list";
    }

    @Override
    public String clauses() {
        return "IEC 62304 5.8.2, 5.8.3, 9.1";
    }

    @Override
    public void body(final Html html, final PackContent content) {
        new AnomaliesHtml().body(html, content.anomalies());
    }
}
