package io.trace62304.bench;

import io.trace62304.audit.AuditCollector;
import io.trace62304.baseline.BaselineAssembler;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.Evidence;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.ItemSet;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraHttp;
import io.trace62304.jira.JiraItemSource;
import io.trace62304.jira.LinkBack;
import io.trace62304.jira.RetryPolicy;
import io.trace62304.jira.emulator.JiraEmulator;
import io.trace62304.trace.TestBinder;
import io.trace62304.trace.TraceConventions;
import io.trace62304.trace.TraceMapping;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Requests a gate costs in Jira, counted by the emulator (Cloud and Data Center): reading N items with paged
 * search, against the naive one-request-per-issue pattern measured in the same run; then the writes of a first
 * link-back, of a re-run, of a later build with the same results and of one whose run record is gone, and the
 * requests of an audit export. Usage: {@code JiraRequestBenchmark [N]}.
 */
public final class JiraRequestBenchmark {
    private JiraRequestBenchmark() {}

    public static void main(final String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        for (Flavour flavour : Flavour.values()) {
            try (JiraEmulator jira = JiraEmulator.start(flavour)) {
                jira.issue("MED-1", "Software Item", "Approved", true)
                        .option(JiraEmulator.FIELDS.get("Safety Class"), "B");
                for (int i = 2; i <= n; i++) {
                    jira.issue("MED-" + i, i % 2 == 0 ? "Software Requirement" : "Risk Control", "Approved", false);
                    jira.link("Implements", "MED-" + i, "MED-1");
                }
                JiraHttp http = new JiraHttp(
                        jira.uri(),
                        jira.credentials(),
                        HttpClient.newHttpClient(),
                        RetryPolicy.DEFAULT,
                        d -> Thread.sleep(d.toMillis()),
                        line -> {});
                JiraClient client = JiraClient.connect(http);
                jira.resetCounts();
                ItemSet items = new JiraItemSource(client, "project = MED ORDER BY key").load();
                int paged = total(jira.counts());
                jira.resetCounts();
                for (int i = 1; i <= n; i++) {
                    client.issue("MED-" + i, List.of("summary", "issuetype", "status", "issuelinks"));
                }
                int naive = jira.count("GET " + flavour.api() + "/issue/{key}");
                jira.resetCounts();
                System.out.printf(
                        Locale.ROOT,
                        "%s: read %d items in %d requests (%d search pages of %d + field list); naive "
                                + "one-request-per-issue: %d requests -> %.0fx fewer%n",
                        flavour,
                        items.size(),
                        paged,
                        paged - 1,
                        JiraClient.PAGE_SIZE,
                        naive,
                        (double) naive / paged);
                linkBack(jira, client, items);
                jira.resetCounts();
                int audited = new AuditCollector(client, m -> {})
                        .collect("project = MED ORDER BY key")
                        .items()
                        .size();
                System.out.printf(
                        Locale.ROOT,
                        "%s: audit export of %d items in %d requests (histories: %d, remote links: %d)%n",
                        flavour,
                        audited,
                        total(jira.counts()),
                        flavour == Flavour.CLOUD
                                ? jira.count("POST /rest/api/3/changelog/bulkfetch")
                                : jira.count("GET /rest/api/2/issue/{key}"),
                        jira.count("GET " + flavour.api() + "/issue/{key}/remotelink"));
                System.out.printf(
                        Locale.ROOT,
                        "%s: contract violations: %d%n",
                        flavour,
                        jira.violations().size());
            }
        }
    }

    private static void linkBack(final JiraEmulator jira, final JiraClient client, final ItemSet items) {
        BuildInfo info = new BuildInfo("pump", "1", "https://ci/job/pump/1/", List.of(), List.of(), List.of());
        SealedBaseline sealed = new BaselineCodec()
                .seal(new BaselineAssembler(
                                new TestBinder(TraceConventions.DEFAULT, TraceMapping.empty(), items::contains))
                        .assemble(
                                new Evidence(info, List.of(), List.of(), List.of(), List.of(), List.of()),
                                items,
                                "jira",
                                List.of(),
                                ""));
        GateResult gate = new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline());
        jira.resetCounts();
        LinkBack.Report first = new LinkBack(client, m -> {}).run(sealed, gate, build(1));
        System.out.printf(
                Locale.ROOT,
                "  link-back of %d items, first run: %d writes %s, %d reads (complete: %s)%n",
                items.size(),
                jira.writes(),
                first.writes(),
                reads(jira),
                first.isComplete());
        measure(jira, client, sealed, gate, build(1), "re-run of the same build");
        measure(jira, client, sealed, gate, build(2), "a later build with the same results");
        jira.issue("MED-1").removeProperties("trace62304.run.");
        measure(jira, client, sealed, gate, build(3), "a later build, the run record lost (state read back per item)");
    }

    private static void measure(
            final JiraEmulator jira,
            final JiraClient client,
            final SealedBaseline sealed,
            final GateResult gate,
            final LinkBack.Build build,
            final String what) {
        jira.resetCounts();
        LinkBack.Report report = new LinkBack(client, m -> {}).run(sealed, gate, build);
        System.out.printf(
                Locale.ROOT,
                "  link-back, %s: %d reads, %d writes (complete: %s)%n",
                what,
                reads(jira),
                jira.writes(),
                report.isComplete());
    }

    private static LinkBack.Build build(final int number) {
        return new LinkBack.Build(
                "https://ci/job/pump/" + number + "/", "pump #" + number, "https://ci/job/pump/", false);
    }

    private static int reads(final JiraEmulator jira) {
        return total(jira.counts()) - jira.writes();
    }

    private static int total(final Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
