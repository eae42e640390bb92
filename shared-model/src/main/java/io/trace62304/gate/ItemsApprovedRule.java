package io.trace62304.gate;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Items a release relies on are released themselves: a software requirement still in Draft has not been
 * verified and approved (5.2.6), a risk control in Draft is not an implemented, verified measure (7.3), and a SOUP
 * item in Draft or Obsolete is not a documented, current SOUP configuration item (8.1.2). The statuses that mean
 * "not released" are policy data ({@code unreleased}: item type to statuses, case-insensitive).
 */
final class ItemsApprovedRule implements Rule {
    static final String ID = "items-approved";
    private static final String UNRELEASED = "unreleased";
    private static final Map<ItemType, String> CLAUSES = Map.of(
            ItemType.REQUIREMENT,
                    "5.2.6 asks that software requirements be verified and approved before they are" + " relied on",
            ItemType.RISK_CONTROL, "7.3 asks that a risk control measure be implemented and verified",
            ItemType.SOUP_ITEM, "8.1.2 asks that every SOUP item in use be a documented, current configuration item");

    /** The statuses that are never released (review M2): what a policy may add to, not take from. */
    private static final Map<ItemType, List<String>> FLOOR = new java.util.EnumMap<>(Map.of(
            ItemType.REQUIREMENT, List.of("Draft"),
            ItemType.RISK_CONTROL, List.of("Draft"),
            ItemType.SOUP_ITEM, List.of("Draft", "Obsolete")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String clause() {
        return "5.2.6, 7.3, 8.1.2";
    }

    @Override
    public String title() {
        return "the requirements, risk controls and SOUP items of a release are not in a draft or obsolete status";
    }

    @Override
    public Optional<String> validate(final RuleSettings settings) {
        JsonNode unreleased = settings.node(UNRELEASED);
        if (!unreleased.isObject()) {
            return Optional.of("unreleased maps item types (" + names() + ") to the statuses that are not released");
        }
        for (Map.Entry<String, JsonNode> entry : unreleased.properties()) {
            ItemType type = ItemType.ofName(entry.getKey());
            if (!CLAUSES.containsKey(type)
                    || !type.displayName().equalsIgnoreCase(entry.getKey().strip())) {
                return Optional.of(
                        "unreleased/" + entry.getKey() + ": not an item type this rule checks (" + names() + ")");
            }
            if (!entry.getValue().isArray()) {
                return Optional.of("unreleased/" + entry.getKey() + ": a list of statuses is expected");
            }
            for (JsonNode status : entry.getValue()) {
                if (!status.isTextual() || status.asText().isBlank()) {
                    return Optional.of("unreleased/" + entry.getKey() + ": a status is a name, not '" + status + "'");
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> weakening(final RuleSettings settings) {
        List<String> released = new ArrayList<>();
        FLOOR.forEach((type, floor) -> {
            List<String> statuses = statuses(settings, type);
            floor.stream()
                    .filter(status -> statuses.stream().noneMatch(s -> s.strip().equalsIgnoreCase(status)))
                    .forEach(status -> released.add(type.displayName() + " '" + status + "'"));
        });
        return released.isEmpty()
                ? Optional.empty()
                : Optional.of("releases " + String.join(", ", released) + " (unreleased statuses left out)");
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        for (ItemType type : List.of(ItemType.REQUIREMENT, ItemType.RISK_CONTROL, ItemType.SOUP_ITEM)) {
            List<String> statuses = statuses(settings, type);
            for (ItemState item : context.items(type, settings)) {
                if (statuses.stream()
                        .anyMatch(s -> s.strip().equalsIgnoreCase(item.status().strip()))) {
                    String what = "a released status (it is '" + item.status() + "')";
                    findings.add(
                            item.key(),
                            what,
                            context.describe(item) + " is in a status that is not released (" + statuses + ");" + " "
                                    + CLAUSES.get(type));
                }
            }
        }
    }

    private static List<String> statuses(final RuleSettings settings, final ItemType type) {
        List<String> statuses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : settings.node(UNRELEASED).properties()) {
            if (type.displayName().equalsIgnoreCase(entry.getKey().strip())) {
                entry.getValue().forEach(status -> statuses.add(status.asText()));
            }
        }
        return statuses;
    }

    private static String names() {
        return ItemType.REQUIREMENT.displayName() + ", " + ItemType.RISK_CONTROL.displayName() + ", "
                + ItemType.SOUP_ITEM.displayName();
    }
}
