package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ClosestName;
import io.trace62304.item.ItemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A QMS criterion: every issue type in scope is one the gate knows, so no item escapes the rules of its type. An
 * unknown type is reported with the closest canonical name: a near miss ("Software Requirements": a requirement no
 * rule verified) once per item, as the policy weighs it (so link-back tells the issue); any other ("Bug": not a
 * 62304 item, or the scope is too wide) once per type, as a warning.
 */
final class ItemTypesKnownRule implements Rule {
    private static final int KEYS_SHOWN = 5;

    @Override
    public String id() {
        return "item-types-known";
    }

    @Override
    public String clause() {
        return "QMS criterion (every item in scope is checked by the rules of its type: 5.2, 7.2, 8.1.2, 9)";
    }

    @Override
    public String title() {
        return "every issue type in scope is one of the 62304 scheme";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        if (!settings.appliesTo(context.systemClass())) {
            return;
        }
        Map<String, List<String>> unknown = new TreeMap<>();
        for (ItemState item : context.baseline().items()) {
            if (ItemType.ofName(item.type()) == ItemType.OTHER) {
                unknown.computeIfAbsent(item.type(), t -> new ArrayList<>()).add(item.key());
            }
        }
        unknown.forEach((type, keys) -> report(type, keys, findings));
    }

    private static void report(final String type, final List<String> keys, final Findings findings) {
        String closest = ItemType.closestTo(type).displayName();
        if (!type.isEmpty() && ClosestName.isNearMiss(type, closest)) {
            for (String key : keys) {
                findings.add(
                        key,
                        "a 62304 issue type",
                        key + " has issue type '" + type + "', which the 62304 scheme does not know, so no rule "
                                + "checked it; the closest known type is '" + closest
                                + "': rename the issue type in Jira");
            }
            return;
        }
        String named = type.isEmpty() ? "an issue type without a name" : "issue type '" + type + "'";
        findings.warn(
                "issue type " + type,
                "a 62304 issue type",
                keys.size() + " item(s) (" + keys.stream().limit(KEYS_SHOWN).collect(Collectors.joining(", "))
                        + (keys.size() > KEYS_SHOWN ? ", …" : "") + ") have " + named
                        + ", not a 62304 issue type, so no rule checks them (the closest known type is '" + closest
                        + "'); narrow the scope if they are not 62304 items");
    }
}
