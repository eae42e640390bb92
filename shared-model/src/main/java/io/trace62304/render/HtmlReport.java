package io.trace62304.render;

import io.trace62304.anomaly.AnomalyCollector;
import io.trace62304.anomaly.AnomalyList;
import io.trace62304.anomaly.Evaluation;
import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineChange;
import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.InputFile;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.RuleResult;
import io.trace62304.item.ClassificationProfile;
import io.trace62304.item.SafetyClass;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;
import io.trace62304.trace.TestBinding;
import io.trace62304.trace.TraceGraph;
import io.trace62304.trace.VerificationRecords;
import io.trace62304.trace.VerificationStatus;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.html}: one self-contained page for auditors (no network, no external files). Sections collapse
 * with {@code <details>}; a few lines of inline script filter the long tables, and everything is readable
 * without it.
 */
public final class HtmlReport {
    private static final int TESTS_LISTED = 25;
    private static final int CHANGES_LISTED = 1000;

    public String render(final SealedBaseline sealed, final GateResult result, final List<BaselineChange> changes) {
        Baseline baseline = sealed.baseline();
        Html html = new Html(64 * 1024 + baseline.items().size() * 400);
        html.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", "IEC 62304 release gate " + result.verdict() + " - " + identity(baseline.build()))
                .open("style")
                .markup(HtmlStyle.CSS)
                .close("style")
                .markup("</head>\n<body>\n");
        header(html, sealed, result);
        glance(html, baseline, result);
        ItemLinks links = ItemLinks.of(baseline);
        FindingsSection.write(html, result, baseline, links);
        rules(html, result);
        matrix(html, baseline, result.policy().profile(), links);
        anomalies(html, AnomalyCollector.collect(sealed, result));
        soup(html, baseline);
        identity(html, sealed);
        changes(html, changes);
        return html.open("script")
                .markup(HtmlStyle.FILTER_SCRIPT)
                .close("script")
                .markup("\n</body></html>\n")
                .toString();
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
        Sections.open(html, "rules", "Gate rules", false);
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

    /** Items × verifying tests; each class in the terms of the policy's classification profile (edition). */
    private static void matrix(
            final Html html, final Baseline baseline, final ClassificationProfile profile, final ItemLinks links) {
        TraceGraph graph = new TraceGraph(baseline.tests().results());
        VerificationRecords records = new VerificationRecords(
                baseline.items().stream().map(ItemState::asItem).toList());
        Sections.open(
                html,
                "trace",
                "Traceability matrix (5.7, 7.3.3): " + baseline.items().size() + " items, "
                        + baseline.tests().total() + " test results",
                true);
        Sections.filter(html, "trace-table");
        html.open("table", "id", "trace-table")
                .headerRow("Item", "Type", "Class", "Status", "Verification", "Verifying tests in this build");
        for (ItemState item : baseline.items()) {
            List<TestBinding> tests = graph.testsOf(item.key());
            html.open("tr", "id", ItemLinks.anchor(item.key()), "class", "class-" + item.safetyClass())
                    .open("td")
                    .text(item.key());
            links.jira(html, item.key());
            html.text(" " + item.summary())
                    .close("td")
                    .element("td", item.type())
                    .open("td", "title", item.classBasis())
                    .text(
                            item.isHazard() || item.safetyClass().isEmpty()
                                    ? item.classBasis()
                                    : profile.name(SafetyClass.valueOf(item.safetyClass())))
                    .close("td")
                    .element("td", item.status())
                    .element(
                            "td",
                            item.verification().name(),
                            "class",
                            "v-" + item.verification().name())
                    .open("td");
            testList(html, tests);
            List<String> otherwise = records.recordsOf(item.key());
            if (item.verification() == VerificationStatus.VERIFIED_OTHERWISE && !otherwise.isEmpty()) {
                html.element("div", "verified otherwise by " + String.join(", ", otherwise) + " (5.7.4)");
            }
            html.close("td").close("tr").markup("\n");
        }
        html.close("table").close("details").markup("\n");
    }

    private static void testList(final Html html, final List<TestBinding> tests) {
        if (tests.isEmpty()) {
            html.text("none");
            return;
        }
        long failed = tests.stream().filter(TestBinding::isFailure).count();
        long flaky = tests.stream().filter(TestBinding::isFlaky).count();
        html.open("details")
                .element(
                        "summary",
                        tests.size() + " result(s)" + (failed > 0 ? ", " + failed + " failing" : "")
                                + (flaky > 0 ? ", " + flaky + " flaky" : ""))
                .open("ul");
        tests.stream()
                .limit(TESTS_LISTED)
                .forEach(t -> html.element("li", t.outcome().name() + " " + t.id()));
        if (tests.size() > TESTS_LISTED) {
            html.element("li", "… and " + (tests.size() - TESTS_LISTED) + " more (see baseline.json)");
        }
        html.close("ul").close("details");
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
        html.open("table");
        AnomalyRows.header(html);
        list.anomalies().forEach(anomaly -> AnomalyRows.row(html, anomaly));
        html.close("table").close("details").markup("\n");
    }

    private static void soup(final Html html, final Baseline baseline) {
        Sections.open(html, "soup", "SOUP (8.1.2, 7.1.3): " + baseline.soup().size() + " entries", true);
        Sections.filter(html, "soup-table");
        html.open("table", "id", "soup-table")
                .headerRow(
                        "Component",
                        "Version",
                        "Package URL",
                        "Licenses",
                        "SOUP item",
                        "Reconciliation",
                        "Vulnerabilities (assessment)");
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
        html.close("table").close("details").markup("\n");
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
        Sections.open(html, "baseline", "Configuration baseline (5.8.4, 5.8.5, 8.1)", false);
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
        Sections.open(html, "changes", "Changes since the previous baseline (8.2, 8.3): " + changes.size(), false);
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
