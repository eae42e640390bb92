package io.trace62304.render;

import io.trace62304.monitor.ChangeKind;
import io.trace62304.monitor.MonitorFinding;
import io.trace62304.monitor.MonitoringReport;
import io.trace62304.monitor.ReleaseCheck;
import java.util.stream.Collectors;

/** {@code monitoring.html}: per released version, what is new since its baseline was sealed (6.2.1, 6.2.5). */
public final class MonitoringHtml {
    public String render(final MonitoringReport report) {
        Html html = new Html(16 * 1024 + report.releases().size() * 4096);
        html.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", "IEC 62304 post-release monitoring - " + report.checkedAt())
                .open("style")
                .markup(HtmlStyle.CSS)
                .close("style")
                .markup("</head>\n<body>\n<header>")
                .element("h1", "Released versions: vulnerability monitoring")
                .open("p")
                .element("span", label(report.status()), "class", "verdict " + css(report.status()))
                .text(" checked " + report.checkedAt() + " (UTC) · "
                        + report.releases().size() + " release(s)")
                .close("p")
                .open("ul");
        report.sources().forEach(source -> html.element("li", source));
        report.problems().forEach(problem -> html.element("li", "cannot decide: " + problem, "class", "level-error"));
        html.close("ul").markup("</header>\n");
        report.releases().forEach(release -> release(html, release));
        return html.markup("</body></html>\n").toString();
    }

    private static void release(final Html html, final ReleaseCheck release) {
        String title = (release.release().isEmpty() ? release.file() : release.release()) + " · "
                + label(release.status()) + " · " + release.actionable().size() + " to act on, "
                + release.findings().size() + " listed";
        html.open("details", "open", "")
                .element("summary", title)
                .element("p", release.file() + " " + release.digest(), "class", "digest");
        if (!release.problems().isEmpty()) {
            html.open("ul");
            release.problems().forEach(p -> html.element("li", p, "class", "level-error"));
            html.close("ul");
        }
        if (!release.findings().isEmpty()) {
            html.open("table")
                    .open("tbody")
                    .headerRow(
                            "component",
                            "SOUP item",
                            "vulnerability",
                            "what changed",
                            "severity (sealed → now)",
                            "known exploited",
                            "fixed in",
                            "assessment",
                            "communication (6.2.5)",
                            "to do");
            for (MonitorFinding finding : release.findings()) {
                html.open("tr", "class", finding.needsAction() ? "level-fail" : "");
                cells(
                        html,
                        finding.component(),
                        finding.itemKey(),
                        finding.vulnerability() + (finding.aliases().isEmpty() ? "" : " " + finding.aliases()),
                        finding.changes().stream().map(ChangeKind::name).collect(Collectors.joining(", ")),
                        (finding.sealedSeverity().isEmpty() ? "-" : finding.sealedSeverity()) + " → "
                                + finding.severity() + (finding.score().isEmpty() ? "" : " (" + finding.score() + ")"),
                        finding.kevDateAdded().isEmpty() ? "" : "KEV since " + finding.kevDateAdded(),
                        String.join(", ", finding.fixedVersions()),
                        finding.assessment(),
                        finding.communication(),
                        String.join("; ", finding.actions()));
                html.close("tr").markup("\n");
            }
            html.close("tbody").close("table");
        }
        html.close("details").markup("\n");
    }

    private static void cells(final Html html, final String... cells) {
        for (String cell : cells) {
            html.element("td", cell);
        }
    }

    private static String label(final String status) {
        return switch (status) {
            case "ERROR" -> "CANNOT DECIDE";
            case "NEW_FINDINGS" -> "NEW FINDINGS";
            default -> "NOTHING NEW";
        };
    }

    private static String css(final String status) {
        return switch (status) {
            case "ERROR" -> "error";
            case "NEW_FINDINGS" -> "fail";
            default -> "pass";
        };
    }
}
