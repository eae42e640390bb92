package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemType;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A rule that checks each item of one type whose class it applies to: {@code missing} names the evidence the
 * item lacks, or is empty when the item satisfies the rule.
 */
record ItemRule(
        String id,
        String clause,
        String title,
        ItemType type,
        BiFunction<GateContext, ItemState, Optional<String>> missing)
        implements Rule {
    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        for (ItemState item : context.items(type, settings)) {
            missing.apply(context, item)
                    .ifPresent(what -> findings.add(
                            item.key(),
                            what,
                            context.describe(item) + " lacks " + what + "; " + clause + " asks that " + title));
        }
    }
}
