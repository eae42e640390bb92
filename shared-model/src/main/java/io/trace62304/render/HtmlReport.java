package io.trace62304.render;

import io.trace62304.anomaly.Anomaly;
import io.trace62304.anomaly.AnomalyCollector;
import io.trace62304.anomaly.AnomalyKind;
import io.trace62304.anomaly.AnomalyList;
import io.trace62304.anomaly.Evaluation;
import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineChange;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.InputFile;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.RuleResult;
import io.trace62304.risk.RiskChains;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;
import io.trace62304.trace.TestLocations;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.html}: one self-contained page for auditors (no network, no external files). Every section is an
 * open {@code <details>} and every row is in the page, so it reads in full without script; one script, admitted by
 * its hash in the page's Content-Security-Policy ({@link HtmlStyle#POLICY}) and configured from a JSON data block,
 * adds filter, sort and paging to the long tables. Rows are compact (tests counted per item, long texts once) so
 * 20,000 items stay a page a browser opens in a second.
 */
public final class HtmlReport {
    private static final int CHANGES_LISTED = 1000;

    public String render(final SealedBaseline sealed, final GateResult result, final List<BaselineChange> changes) {
        return render(sealed, result, changes, TestLocations.NONE, Path.of("."));
    }

    /**
     * The page, with each failing test linked to the report it was read from, relative to {@code directory}, where
     * the page is written.
     */
    public String render(
            final SealedBaseline sealed,
            final GateResult result,
            final List<BaselineChange> changes,
            final TestLocations tests,
            final Path directory) {
        Html html = new Html(64 * 1024
                + sealed.baseline().items().size() * 300
                + result.findings().size() * 160);
        write(html, sealed, result, changes, tests, directory);
        return html.toString();
    }

    /**
     * The same page, written to {@code out} as it is built, so it is never held whole (tens of megabytes at 20,000
     * items); the caller closes {@code out}.
     *
     * @throws java.io.UncheckedIOException if {@code out} cannot be written
     */
    public void render(
            final SealedBaseline sealed,
            final GateResult result,
            final List<BaselineChange> changes,
            final Writer out) {
        render(sealed, result, changes, TestLocations.NONE, Path.of("."), out);
    }

    /**
     * The page written to {@code out} as it is built, with each failing test linked to the report it was read from,
     * relative to {@code directory}, where the page is written; the caller closes {@code out}.
     *
     * @throws java.io.UncheckedIOException if {@code out} cannot be written
     */
    public void render(
            final SealedBaseline sealed,
            final GateResult result,
            final List<BaselineChange> changes,
            final TestLocations tests,
            final Path directory,
            final Writer out) {
        Html html = new Html(out);
        write(html, sealed, result, changes, tests, directory);
        html.flush();
    }

    private static void write(
            final Html html,
            final SealedBaseline sealed,
            final GateResult result,
            final List<BaselineChange> changes,
            final TestLocations tests,
            final Path directory) {
        Baseline baseline = sealed.baseline();
        html.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .open("meta", "http-equiv", "Content-Security-Policy", "content", HtmlStyle.POLICY)
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", "IEC 62304 release gate " + result.verdict() + " - " + identity(baseline.build()))
                .open("style")
                .markup(HtmlStyle.CSS)
                .close("style")
                .markup("</head>\n<body>\n");
        header(html, sealed, result);
        glance(html, baseline, result);
        ItemLinks links = ItemLinks.of(baseline, tests, directory);
        FindingsSection.write(html, result, baseline, links);
        rules(html, result);
        ChainSection.write(html, RiskChains.of(baseline), result.policy().profile(), links);
        MatrixSection.write(html, baseline, result.policy().profile(), links);
        anomalies(html, AnomalyCollector.collect(sealed, result));
        soup(html, baseline);
        identity(html, sealed);
        changes(html, changes);
        html.open("script", "type", "application/json", "id", "report-config")
                .markup("{\"page\":" + Sections.PAGE + "}")
                .close("script")
                .open("script")
                .markup(HtmlStyle.SCRIPT)
                .close("script")
                .markup("\n</body></html>\n");
    }

    private static void header(final Html html, final SealedBaseline sealed, final GateResult result) {
        html.open("header")
                .open("h1")
                .text("IEC 62304 release gate: ")
                .element(
                        "span",
                        result.verdict().name(),
                        "class",
                        "verdict " + result.verdict().name().toLowerCase(Locale.ROOT))
                .close("h1")
                .open("p")
                .text(identity(sealed.baseline().build()) + " · policy "
                        + result.policy().name() + " (" + result.policy().source() + ") · items from "
                        + sealed.baseline().itemSource())
                .close("p")
                .open("p", "class", "digest")
                .text("baseline " + sealed.digest())
                .close("p");
        for (String line : result.belowMinimumLines()) {
            html.element("p", line, "class", "below-minimum");
        }
        html.close("header").markup("\n");
    }

    private static void glance(final Html html, final Baseline baseline, final GateResult result) {
        html.open("section", "class", "glance")
                .open("figure")
                .markup(GlanceSvg.verificationByClass(baseline))
                .element("figcaption", "Requirements and risk controls verified in this build, per safety class (4.3)")
                .close("figure")
                .open("figure")
                .markup(GlanceSvg.findingsByRule(result))
                .element("figcaption", "Findings per gate rule")
                .close("figure")
                .close("section")
                .markup("\n");
    }

    private static void rules(final Html html, final GateResult result) {
        Sections.open(html, "rules", "Gate rules", true);
        html.open("table").headerRow("Rule", "Clause", "Asks that", "Status", "Findings");
        for (RuleResult rule : result.rules()) {
            html.row(
                    rule.id(),
                    rule.clause(),
                    rule.title(),
                    rule.status(),
                    String.valueOf(rule.findings().size()));
        }
        html.close("table").close("details").markup("\n");
    }

    private static void anomalies(final Html html, final AnomalyList list) {
        Sections.open(
                html,
                "anomalies",
                "Unresolved anomalies (5.8.2, 5.8.3): " + list.anomalies().size() + ", "
                        + list.count(Evaluation.NOT_EVALUATED) + " without a risk evaluation",
                true);
        html.element(
                "p",
                "Open problem reports of any issue type, reports closed without a fix, failing, errored and flaky"
                        + " tests, and exploitable or unassessed vulnerabilities; the same list, readable on its own,"
                        + " is anomalies.html (anomalies.json for machines).");
        if (list.anomalies().size() > Sections.PAGE) {
            html.open("p")
                    .text(list.anomalies().size() + " anomalies are more than a page: they are listed in ")
                    .link("anomalies.html", "anomalies.html")
                    .text(", written beside this report; here, their counts.")
                    .close("p")
                    .open("table")
                    .open("thead")
                    .headerRow("Kind", "Clause", "Anomalies", "Without a risk evaluation")
                    .close("thead")
                    .open("tbody");
            for (AnomalyKind kind : AnomalyKind.values()) {
                List<Anomaly> ofKind = list.of(kind);
                html.row(
                        kind.heading(),
                        "IEC 62304 " + kind.clause(),
                        String.valueOf(ofKind.size()),
                        String.valueOf(ofKind.stream()
                                .filter(a -> a.evaluation() == Evaluation.NOT_EVALUATED)
                                .count()));
            }
            html.close("tbody").close("table").close("details").markup("\n");
            return;
        }
        html.open("table", "class", "data").open("thead");
        AnomalyRows.header(html);
        html.close("thead").open("tbody");
        list.anomalies().forEach(anomaly -> AnomalyRows.row(html, anomaly));
        html.close("tbody").close("table").close("details").markup("\n");
    }

    private static void soup(final Html html, final Baseline baseline) {
        Sections.open(html, "soup", "SOUP (8.1.2, 7.1.3): " + baseline.soup().size() + " entries", true);
        html.open("table", "id", "soup-table", "class", "data")
                .open("thead")
                .headerRow(
                        "Component",
                        "Version",
                        "Package URL",
                        "Licenses",
                        "SOUP item",
                        "Reconciliation",
                        "Vulnerabilities (assessment)")
                .close("thead")
                .open("tbody");
        for (SoupEntry entry : baseline.soup()) {
            html.row(
                    entry.component().name(),
                    entry.component().version().isEmpty()
                            ? entry.itemVersion()
                            : entry.component().version(),
                    entry.component().purl(),
                    String.join(", ", entry.component().licenses()),
                    entry.itemKey(),
                    entry.outcome().name(),
                    vulnerabilities(entry.vulnerabilities()));
        }
        html.close("tbody").close("table").close("details").markup("\n");
    }

    private static String vulnerabilities(final List<ComponentVulnerability> vulnerabilities) {
        return String.join(
                "; ",
                vulnerabilities.stream()
                        .map(v -> v.id() + " " + v.severity().id() + " ("
                                + (v.assessment().state().isEmpty()
                                        ? "unassessed"
                                        : v.assessment().state())
                                + (v.isSuppressed() ? ", suppressed in Dependency-Check" : "") + ")")
                        .toList());
    }

    private static void identity(final Html html, final SealedBaseline sealed) {
        Baseline baseline = sealed.baseline();
        Sections.open(html, "baseline", "Configuration baseline (5.8.4, 5.8.5, 8.1)", true);
        html.open("table")
                .row("Digest", sealed.digest())
                .row(
                        "Previous baseline",
                        baseline.previousDigest().isEmpty() ? "none (first baseline)" : baseline.previousDigest())
                .row("Build", identity(baseline.build()))
                .row("URL", baseline.build().url());
        for (BuildInfo.VcsRevision revision : baseline.build().revisions()) {
            html.row(
                    "Revision",
                    revision.repository() + " " + revision.revision() + " ("
                            + revision.tree().name().toLowerCase(Locale.ROOT) + " tree)");
        }
        baseline.build().artifacts().forEach(a -> html.row("Artifact", a.path() + " sha256 " + a.sha256()));
        baseline.build().tools().forEach(t -> html.row("Tool", t.name() + " " + t.version()));
        for (InputFile input : baseline.inputs()) {
            html.row(
                    "Input (" + input.kind() + ")",
                    input.path()
                            + (input.isReadable() ? " sha256 " + input.sha256() : " - NOT READ: " + input.problem()));
        }
        html.close("table").close("details").markup("\n");
    }

    private static void changes(final Html html, final List<BaselineChange> changes) {
        Sections.open(html, "changes", "Changes since the previous baseline (8.2, 8.3): " + changes.size(), true);
        html.open("ul");
        changes.stream().limit(CHANGES_LISTED).forEach(change -> html.element("li", change.describe()));
        if (changes.size() > CHANGES_LISTED) {
            html.element("li", "… and " + (changes.size() - CHANGES_LISTED) + " more (trace62304 baseline diff)");
        }
        html.close("ul").close("details").markup("\n");
    }

    private static String identity(final BuildInfo build) {
        String job = build.job().isEmpty() ? "unnamed job" : build.job();
        String id = job + " #" + (build.buildId().isEmpty() ? "?" : build.buildId());
        return build.release().kind().releases() ? build.release().describe() + " (" + id + ")" : id;
    }
}
