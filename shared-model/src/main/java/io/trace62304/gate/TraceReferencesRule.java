package io.trace62304.gate;

/** A QMS criterion supporting 5.7.4b traceability: tests declare only keys of items in scope. */
final class TraceReferencesRule implements Rule {
    @Override
    public String id() {
        return "trace-references-known";
    }

    @Override
    public String clause() {
        return "QMS criterion (supports the 5.7.4b traceability)";
    }

    @Override
    public String title() {
        return "every key a test declares names an item in scope";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        if (!settings.appliesTo(context.systemClass())) {
            return;
        }
        for (String key : context.graph().referencedKeys()) {
            if (context.item(key).isEmpty()) {
                int tests = context.graph().testsOf(key).size();
                findings.add(
                        key,
                        "item " + key + " in scope",
                        tests + " test result(s) declare they verify " + key
                                + ", which is not an item in scope (typo, or outside the query?)");
            }
        }
    }
}
