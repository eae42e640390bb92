package io.trace62304.monitor;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemSet;
import io.trace62304.report.ReportException;
import io.trace62304.soup.SoupEntry;
import io.trace62304.soup.SoupOutcome;
import io.trace62304.vuln.VulnerabilityMatch;
import io.trace62304.vuln.VulnerabilitySources;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Re-evaluates released baselines (6.2.1, 6.2.5, 7.1.3): verifies each sealed baseline first (an altered one is
 * not evidence and is not evaluated), then matches the SOUP it records against the vulnerability sources and
 * compares with what was sealed.
 */
public final class Monitor {
    private final VulnerabilitySources sources;
    private final Optional<ItemSet> currentItems;
    private final MonitorPolicy policy;
    private final BaselineVerifier verifier = new BaselineVerifier();
    private final BaselineCodec codec = new BaselineCodec();
    private final String problemReportDecisions;

    /**
     * @param sources      fresh vulnerability data
     * @param currentItems the SOUP items as they are now (assessments and communication decisions recorded
     *                     after the release), if given
     * @param policy       the monitoring policy
     */
    public Monitor(
            final VulnerabilitySources sources, final Optional<ItemSet> currentItems, final MonitorPolicy policy) {
        this.sources = sources;
        this.currentItems = currentItems;
        this.policy = policy;
        this.problemReportDecisions = ProblemReportDecisions.of(currentItems);
    }

    /**
     * @param baselines released baseline files
     * @param sourceNames what the sources were, for the report
     * @param now       the time of the run
     * @return the report, one release per baseline in the given order
     */
    public MonitoringReport run(final List<Path> baselines, final List<String> sourceNames, final Instant now) {
        List<ReleaseCheck> releases = new ArrayList<>();
        for (Path file : baselines) {
            releases.add(check(file));
        }
        List<String> problems = baselines.isEmpty() ? List.of("no released baseline was given") : List.of();
        return new MonitoringReport(now.truncatedTo(ChronoUnit.SECONDS).toString(), sourceNames, problems, releases);
    }

    private ReleaseCheck check(final Path file) {
        List<String> problems = verifier.verify(file, Optional.empty());
        if (!problems.isEmpty()) {
            return new ReleaseCheck(file.toString(), "", "", problems, List.of());
        }
        SealedBaseline sealed;
        try {
            sealed = codec.read(file);
        } catch (ReportException e) {
            return new ReleaseCheck(file.toString(), "", "", List.of(e.getMessage()), List.of());
        }
        Map<String, ItemState> items =
                sealed.baseline().items().stream().collect(Collectors.toMap(ItemState::key, i -> i, (a, b) -> a));
        List<MonitorFinding> findings = new ArrayList<>();
        for (SoupEntry entry : sealed.baseline().soup()) {
            String version = entry.outcome() == SoupOutcome.NOT_IN_BUILD
                    ? entry.itemVersion()
                    : entry.component().version();
            List<VulnerabilityMatch> matches =
                    sources.match(entry.component().purl(), entry.component().ref(), version);
            ItemContext item = context(entry.itemKey(), items.get(entry.itemKey()));
            for (VulnerabilityMatch match : matches) {
                new FindingAssessor(entry, item, policy).assess(match).ifPresent(findings::add);
            }
        }
        findings.sort(Comparator.comparing((MonitorFinding f) -> !f.needsAction())
                .thenComparing(MonitorFinding::component)
                .thenComparing(MonitorFinding::vulnerability));
        String release = releaseName(sealed.baseline().build());
        return new ReleaseCheck(file.toString(), release, sealed.digest(), List.of(), findings);
    }

    /** The released version with its build ("1.4.0 (pump #42)"), or the build alone when it names no version. */
    private static String releaseName(final BuildInfo build) {
        String version = build.release().version();
        return version.isEmpty() ? build.title() : version + " (" + build.title() + ")";
    }

    /** The SOUP item's fields now (if the current items were given) over those sealed in the baseline. */
    private ItemContext context(final String key, final ItemState sealed) {
        Optional<Item> now = currentItems.flatMap(items -> items.get(key));
        String assessments =
                now.flatMap(i -> i.field(ItemField.VULNERABILITY_ASSESSMENT)).orElse("");
        String communication = now.flatMap(i -> i.field(ItemField.COMMUNICATION_DECISION))
                .orElseGet(() -> sealed == null ? "" : sealed.field(ItemField.COMMUNICATION_DECISION.fieldName()));
        return new ItemContext(key, assessments, communication + "\n" + problemReportDecisions);
    }

    /**
     * What the SOUP item says: its key, current assessments, communication decisions (its own, then those on
     * problem reports).
     */
    record ItemContext(String key, String assessments, String communication) {}
}
