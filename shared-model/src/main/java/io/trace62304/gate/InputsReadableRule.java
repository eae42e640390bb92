package io.trace62304.gate;

import io.trace62304.evidence.InputFile;

/** 5.8.1: the gate decides only on evidence it could read completely; anything else makes it ERROR. */
final class InputsReadableRule implements Rule {
    @Override
    public String id() {
        return Rules.INPUTS_READABLE;
    }

    @Override
    public String clause() {
        return "5.8.1";
    }

    @Override
    public String title() {
        return "every input is readable and complete, so the verification can be shown complete";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        for (InputFile input : context.baseline().unreadableInputs()) {
            findings.cannotDecide(input.path(), "a readable " + input.kind() + " input", input.problem());
        }
        if (context.baseline().items().isEmpty()) {
            findings.cannotDecide(
                    context.baseline().itemSource(),
                    "items in scope",
                    "the item source (" + context.baseline().itemSource()
                            + ") gave no items, so nothing could be checked");
        }
    }
}
