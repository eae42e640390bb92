package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.SafetyClass;
import io.trace62304.trace.TestBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 5.6.8, 5.7.2, 5.7.4c, 5.8.1: a failing, errored or flaky test of the build is an anomaly; it blocks the release
 * unless an open problem report declares it ({@link ProblemReports}), which the problem-report rules then check and
 * the anomaly list shows. {@code scope: traced} (only tests that verify an item of a checked class) and
 * {@code flaky: pass} are explicit downgrades, reported as below the Table A.1 floor.
 */
final class FailingTestsRule implements Rule {
    @Override
    public String id() {
        return "failing-tests";
    }

    @Override
    public String clause() {
        return "5.6.8, 5.7.2, 5.7.4c, 5.8.1";
    }

    @Override
    public String title() {
        return "no test of the build fails, errors or is flaky unless an open problem report declares it";
    }

    @Override
    public Optional<String> validate(final RuleSettings settings) {
        String scope = settings.text("scope");
        if (!"traced".equals(scope) && !"all".equals(scope)) {
            return Optional.of("scope is 'traced' or 'all', not '" + scope + "'");
        }
        String flaky = settings.text("flaky");
        return "anomaly".equals(flaky) || "pass".equals(flaky)
                ? Optional.empty()
                : Optional.of("flaky is 'anomaly' or 'pass', not '" + flaky + "'");
    }

    @Override
    public Optional<String> weakening(final RuleSettings settings) {
        List<String> weaker = new ArrayList<>();
        if ("traced".equals(settings.text("scope"))) {
            weaker.add("scope: traced (a failing test that verifies no item of a checked class passes)");
        }
        if ("pass".equals(settings.text("flaky"))) {
            weaker.add("flaky: pass (a test that failed, then passed on a rerun, counts as passed)");
        }
        return weaker.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", weaker));
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        boolean all = "all".equals(settings.text("scope"));
        boolean flakyIsAnomaly = !"pass".equals(settings.text("flaky"));
        ProblemReports reports = context.problemReports();
        for (TestBinding test : context.baseline().tests().results()) {
            boolean anomaly = test.isFailure() || flakyIsAnomaly && test.isFlaky();
            if (!anomaly
                    || !applies(context, settings, test, all)
                    || !reports.openDeclaring(test).isEmpty()) {
                continue;
            }
            findings.add(
                    test.id(),
                    "a passing result, or an open problem report that declares it",
                    "test " + test.id() + " " + outcome(test) + describeKeys(context, test) + "; "
                            + undeclared(reports.declaring(test)));
        }
    }

    private static boolean applies(
            final GateContext context, final RuleSettings settings, final TestBinding test, final boolean all) {
        Optional<SafetyClass> highest = test.keys().stream()
                .map(context::item)
                .flatMap(Optional::stream)
                .map(GateContext::classOf)
                .reduce(SafetyClass::max);
        return highest.map(settings::appliesTo).orElse(all && settings.appliesTo(context.systemClass()));
    }

    private static String outcome(final TestBinding test) {
        return test.isFlaky()
                ? "is flaky (failed, then passed on a rerun)"
                : test.outcome().name().toLowerCase(Locale.ROOT);
    }

    private static String undeclared(final List<ItemState> closed) {
        String how = "no open problem report declares it (a 'Found By Test' field naming the test, or the test"
                + " declaring the report's key)";
        return closed.isEmpty()
                ? how
                : how + "; "
                        + String.join(", ", closed.stream().map(ItemState::key).toList())
                        + " declares it but is closed, which the failing result contradicts";
    }

    private static String describeKeys(final GateContext context, final TestBinding test) {
        if (test.keys().isEmpty()) {
            return "";
        }
        return "; it verifies "
                + String.join(
                        ", ",
                        test.keys().stream()
                                .map(key -> context.item(key)
                                        .map(ItemState::type)
                                        .map(type -> key + " (" + type + ")")
                                        .orElse(key))
                                .toList());
    }
}
