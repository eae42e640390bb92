package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.SafetyClass;
import io.trace62304.trace.TestBinding;
import java.util.Optional;

/** 5.6.8, 5.7.2, 5.7.4c, 5.8.1: a failing test that verifies an item of the checked classes blocks the release. */
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
        return "no test that verifies a requirement, risk control or other item fails";
    }

    @Override
    public Optional<String> validate(final RuleSettings settings) {
        String scope = settings.text("scope");
        return "traced".equals(scope) || "all".equals(scope)
                ? Optional.empty()
                : Optional.of("scope is 'traced' or 'all', not '" + scope + "'");
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        boolean all = "all".equals(settings.text("scope"));
        for (TestBinding test : context.baseline().tests().results()) {
            if (!test.isFailure()) {
                continue;
            }
            Optional<SafetyClass> highest = test.keys().stream()
                    .map(context::item)
                    .flatMap(Optional::stream)
                    .map(GateContext::classOf)
                    .reduce(SafetyClass::max);
            boolean applies = highest.map(settings::appliesTo).orElse(all && settings.appliesTo(context.systemClass()));
            if (applies) {
                findings.add(
                        test.id(),
                        "a passing result",
                        "test " + test.id() + " " + test.outcome().name().toLowerCase(java.util.Locale.ROOT)
                                + describeKeys(context, test));
            }
        }
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
