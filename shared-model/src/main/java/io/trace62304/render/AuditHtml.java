package io.trace62304.render;

import io.trace62304.audit.AuditTrail;
import io.trace62304.audit.ProblemTrends;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.item.Timestamps;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * {@code audit.html}: one self-contained page an auditor reads without tools: the scope, the open problem reports
 * and why each was accepted (5.8.2, 5.8.3), the trend analysis of problem reports (9.6, {@link TrendsHtml}), then every item with its fields, links, the builds that checked it and
 * its full history (who changed what, when, shown in one time zone). Works without JavaScript; byte-for-byte the
 * same for the same trail, zone and clock.
 */
public final class AuditHtml {
    private final ZoneId zone;
    private final Clock clock;

    /** Times shown in UTC, trends as of now. */
    public AuditHtml() {
        this(ZoneOffset.UTC);
    }

    /** Times shown in this zone (the instant itself is kept in each {@code <time datetime>}, in UTC). */
    public AuditHtml(final ZoneId zone) {
        this(zone, Clock.systemUTC());
    }

    /** Times shown in this zone; the trend analysis (9.6) measures ages to the clock's instant. */
    public AuditHtml(final ZoneId zone, final Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public String render(final AuditTrail trail) {
        Html html = new Html(32 * 1024 + trail.items().size() * 2048);
        html.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", "IEC 62304 audit trail - " + trail.scope())
                .open("style")
                .markup(HtmlStyle.CSS)
                .close("style")
                .markup("</head>\n<body>\n")
                .open("header")
                .element("h1", "IEC 62304 audit trail")
                .element(
                        "p",
                        trail.scope() + " · "
                                + trail.items().size() + " item(s), "
                                + trail.items().stream()
                                        .mapToInt(a -> a.history().size())
                                        .sum()
                                + " recorded change(s); times in " + zone.getId()
                                + " (UTC in audit.json and audit.csv)")
                .close("header")
                .markup("\n");
        openAnomalies(html, trail);
        TrendsHtml.section(html, ProblemTrends.of(trail, clock), zone);
        trail.items().forEach(audited -> item(html, audited));
        return html.markup("</body></html>\n").toString();
    }

    private static void openAnomalies(final Html html, final AuditTrail trail) {
        List<Item> open = trail.items().stream()
                .map(AuditTrail.Audited::item)
                .filter(i -> i.type() == ItemType.PROBLEM_REPORT && !i.done())
                .toList();
        html.open("section", "id", "open-anomalies")
                .element("h2", "Open problem reports and why they were accepted " + "(IEC 62304 5.8.2, 5.8.3)");
        if (open.isEmpty()) {
            html.element("p", "None: every problem report in scope is closed.");
        } else {
            html.open("table").headerRow("Item", "Status", "Summary", "Risk Evaluation", "Deferral Justification");
            open.forEach(i -> html.row(
                    i.key(),
                    i.status(),
                    i.summary(),
                    i.field(ItemField.RISK_EVALUATION).orElse("(none)"),
                    i.field(ItemField.DEFERRAL_JUSTIFICATION).orElse("(none)")));
            html.close("table");
        }
        html.close("section").markup("\n");
    }

    private void item(final Html html, final AuditTrail.Audited audited) {
        Item item = audited.item();
        html.open("section", "id", item.key())
                .element("h2", item.key() + " · " + item.type().displayName() + " · " + item.status())
                .element("p", item.summary());
        html.open("table").headerRow("Field", "Value");
        for (Map.Entry<ItemField, String> field : item.fields().entrySet()) {
            html.row(field.getKey().fieldName(), field.getValue());
        }
        for (ItemLink link : item.links()) {
            html.row(
                    link.direction() == ItemLink.Direction.OUTWARD ? link.type() : "(inward) " + link.type(),
                    link.key());
        }
        html.close("table");
        html.element("h3", "Builds and baselines that checked it");
        if (audited.remoteLinks().isEmpty()) {
            html.element("p", "None recorded.");
        } else {
            html.open("ul");
            for (AuditTrail.RemoteLink link : audited.remoteLinks()) {
                html.open("li")
                        .link(link.title().isEmpty() ? link.url() : link.title(), link.url())
                        .text((link.relationship().isEmpty() ? "" : " (" + link.relationship() + ")")
                                + (link.summary().isEmpty() ? "" : ": " + link.summary()))
                        .close("li");
            }
            html.close("ul");
        }
        html.element("h3", "History");
        html.open("table").headerRow("When", "Who", "Field", "From", "To");
        for (AuditTrail.Change change : audited.history()) {
            html.open("tr").open("td");
            html.element("time", Timestamps.local(change.when(), zone), "datetime", Timestamps.utc(change.when()));
            html.close("td");
            for (String cell : List.of(change.who(), change.field(), change.from(), change.to())) {
                html.element("td", cell);
            }
            html.close("tr").markup("\n");
        }
        html.close("table").close("section").markup("\n");
    }
}
