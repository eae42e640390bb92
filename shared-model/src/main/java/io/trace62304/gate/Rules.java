package io.trace62304.gate;

import io.trace62304.item.ItemType;
import java.util.List;

/** Every rule of the gate, in the order findings are reported. */
final class Rules {
    static final String INPUTS_READABLE = "inputs-readable";

    private static final List<Rule> ALL = List.of(
            new InputsReadableRule(),
            new ItemTypesKnownRule(),
            new TestsRecordedRule(),
            new ReleaseRecordRule(),
            new ChangesTracedRule(),
            new ComponentSourcePresentRule(),
            new SoupIdentifiedRule(),
            new ItemsApprovedRule(),
            new SoupInBuildRule(),
            new VulnerabilitiesAssessedRule(),
            new SoupAnomaliesReviewedRule(),
            new ExploitableVulnerabilitiesRule(),
            new VulnerabilitiesEvaluatedRule(),
            new ItemRule(
                    "deferral-justified",
                    "9.2d, 5.8.3",
                    "a deferred problem report carries the justification for deferring it",
                    ItemType.PROBLEM_REPORT,
                    ItemChecks::deferralJustified),
            new ItemRule(
                    "anomalies-evaluated",
                    "5.8.3",
                    "a known residual anomaly is evaluated for its contribution to risk",
                    ItemType.PROBLEM_REPORT,
                    ItemChecks::anomalyEvaluated),
            new ItemRule(
                    "anomalies-deferred",
                    "QMS criterion (5.8.2 asks only that residual anomalies be documented)",
                    "a problem report still open at release is a deliberate, documented deferral",
                    ItemType.PROBLEM_REPORT,
                    ItemChecks::anomalyDeferred),
            new FailingTestsRule(),
            new ItemRule(
                    "risk-controls-verified",
                    "7.3.1",
                    "each risk control measure is verified by a test that passed in this build",
                    ItemType.RISK_CONTROL,
                    ItemChecks::passingVerification),
            new RequirementsVerifiedRule(),
            new ClosedProblemReportsRule(),
            new CoverageRule(),
            new TraceReferencesRule(),
            new ClassificationConsistentRule());

    private Rules() {}

    static List<Rule> all() {
        return ALL;
    }
}
