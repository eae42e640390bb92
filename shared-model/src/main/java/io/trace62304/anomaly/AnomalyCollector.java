package io.trace62304.anomaly;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.ProblemReports;
import io.trace62304.item.ClassificationProfile;
import io.trace62304.item.IssueKeys;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.SafetyClass;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;
import io.trace62304.trace.TestBinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the unresolved anomaly list from what the gate decided on: every open problem report of any issue type
 * in the item source, every problem report closed without a fix, every failing, errored or flaky test of the build
 * (with the open reports that declare it), and every SOUP vulnerability assessed as exploitable or not yet
 * assessed, of any severity (with the open reports that name it). What a policy lets pass is still a known
 * residual anomaly and is listed; the policy only gives the resolutions that close a report without action
 * ({@code closed-problem-reports-complete.withoutAction}) and the classification profile the classes are named in.
 */
public final class AnomalyCollector {
    /** The rule whose {@code withoutAction} resolutions close a report without a fix. */
    private static final String CLOSED_REPORTS = "closed-problem-reports-complete";

    private static final Comparator<Anomaly> ORDER = Comparator.comparing(Anomaly::kind)
            .thenComparing(Anomaly::safetyClass, Comparator.reverseOrder())
            .thenComparing(Anomaly::id, IssueKeys.ORDER);

    private final Baseline baseline;
    private final ProblemReports reports;
    private final Map<String, ItemState> items = new TreeMap<>(IssueKeys.ORDER);
    private final Set<String> withoutAction;
    private final ClassificationProfile profile;

    private AnomalyCollector(final Baseline baseline, final GateResult gate) {
        this.baseline = baseline;
        this.profile = gate.policy().profile();
        this.withoutAction = gate.policy().settings(CLOSED_REPORTS).texts("withoutAction").stream()
                .map(resolution -> resolution.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.reports = new ProblemReports(baseline.items());
        baseline.items().forEach(item -> items.put(item.key(), item));
    }

    /** The anomaly list of a sealed baseline and the gate decision taken on it. */
    public static AnomalyList collect(final SealedBaseline sealed, final GateResult gate) {
        Baseline baseline = sealed.baseline();
        AnomalyCollector collector = new AnomalyCollector(baseline, gate);
        List<Anomaly> anomalies = new ArrayList<>();
        collector.problemReports(anomalies);
        collector.tests(anomalies);
        collector.vulnerabilities(anomalies);
        anomalies.sort(ORDER);
        return new AnomalyList(
                baseline.build().job(),
                baseline.build().buildId(),
                sealed.digest(),
                gate.verdict().name(),
                gate.policy().name() + " (" + gate.policy().source() + ")",
                baseline.itemSource(),
                gate.belowMinimumLines(),
                anomalies);
    }

    private void problemReports(final List<Anomaly> anomalies) {
        for (ItemState item : baseline.items()) {
            if (ProblemIssues.isOpen(item)) {
                anomalies.add(report(AnomalyKind.OPEN_PROBLEM_REPORT, item));
            } else if (ProblemIssues.isClosedWithoutFix(item, withoutAction)) {
                anomalies.add(report(AnomalyKind.CLOSED_WITHOUT_FIX, item));
            }
        }
    }

    private Anomaly report(final AnomalyKind kind, final ItemState report) {
        String resolution = ProblemIssues.resolution(report);
        return anomaly(
                kind,
                report.key(),
                report.summary() + (ProblemIssues.isProblemReportType(report) ? "" : " (" + report.type() + ")"),
                report.status() + (resolution.isEmpty() ? "" : ", resolution " + resolution),
                report.safetyClass(),
                new RecordedText(List.of(report)),
                report.links().stream().map(ItemLink::key).distinct().toList());
    }

    private void tests(final List<Anomaly> anomalies) {
        for (TestBinding test : baseline.tests().results()) {
            if (!test.isAnomaly()) {
                continue;
            }
            String title = outcome(test)
                    + (test.keys().isEmpty()
                            ? "; it verifies no item"
                            : "; it verifies " + String.join(", ", test.keys()));
            anomalies.add(anomaly(
                    AnomalyKind.TEST_RESULT,
                    test.id(),
                    title,
                    test.outcome().name(),
                    classOf(test).name(),
                    new RecordedText(reports.openDeclaring(test)),
                    test.keys()));
        }
    }

    private void vulnerabilities(final List<Anomaly> anomalies) {
        for (SoupEntry entry : baseline.soup()) {
            for (ComponentVulnerability vulnerability : entry.vulnerabilities()) {
                boolean exploitable = vulnerability.assessment().isExploitable();
                if (!exploitable && vulnerability.assessment().isDecided()) {
                    continue;
                }
                anomalies.add(anomaly(
                        AnomalyKind.VULNERABILITY,
                        vulnerability.id(),
                        describe(entry, vulnerability),
                        vulnerability.assessment().state().isEmpty()
                                ? "unassessed"
                                : vulnerability.assessment().state(),
                        classOf(entry).name(),
                        new RecordedText(reports.openDeclaringVulnerability(vulnerability.id())),
                        entry.itemKey().isEmpty() ? List.of() : List.of(entry.itemKey())));
            }
        }
    }

    private Anomaly anomaly(
            final AnomalyKind kind,
            final String id,
            final String title,
            final String status,
            final String safetyClass,
            final RecordedText recorded,
            final List<String> concerns) {
        return new Anomaly(
                kind,
                id,
                title,
                status,
                safetyClass,
                safetyClass.isEmpty() ? "" : profile.name(SafetyClass.valueOf(safetyClass)),
                recorded.field(ItemField.CRITICALITY),
                recorded.field(ItemField.RISK_EVALUATION),
                recorded.field(ItemField.CONSEQUENCE_FOR_USERS),
                recorded.field(ItemField.WORKAROUND),
                recorded.field(
                        kind == AnomalyKind.CLOSED_WITHOUT_FIX
                                ? ItemField.NO_ACTION_RATIONALE
                                : ItemField.DEFERRAL_JUSTIFICATION),
                recorded.evaluation(),
                recorded.keys(),
                concerns);
    }

    private static String outcome(final TestBinding test) {
        return switch (test.outcome()) {
            case FLAKY -> "flaky: failed, then passed on a rerun";
            default -> test.outcome().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String describe(final SoupEntry entry, final ComponentVulnerability vulnerability) {
        String component = (entry.component().name() + " " + entry.component().version()).strip();
        String assessment = vulnerability.assessment().state().isEmpty()
                ? "not assessed"
                : "assessed " + vulnerability.assessment().state().replace('_', ' ')
                        + (vulnerability.assessment().detail().isBlank()
                                ? ""
                                : ": " + vulnerability.assessment().detail())
                        + (vulnerability.assessment().recordedIn().isBlank()
                                ? ""
                                : " (" + vulnerability.assessment().recordedIn() + ")");
        return vulnerability.id() + " (" + vulnerability.severity().id() + ") in "
                + (component.isEmpty() ? entry.ref() : component) + ", " + assessment;
    }

    /** The highest class of the items the test verifies; a test of no known item, the system's class. */
    private SafetyClass classOf(final TestBinding test) {
        return test.keys().stream()
                .map(items::get)
                .filter(item -> item != null)
                .map(ItemState::effectiveClass)
                .reduce(SafetyClass::max)
                .orElseGet(baseline::systemClass);
    }

    private SafetyClass classOf(final SoupEntry entry) {
        return Optional.ofNullable(items.get(entry.itemKey()))
                .map(ItemState::effectiveClass)
                .orElseGet(baseline::systemClass);
    }
}
