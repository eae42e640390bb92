package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemField;
import io.trace62304.soup.SoupEntry;
import io.trace62304.soup.SoupOutcome;

/**
 * 7.1.3: the anomaly list the SOUP's supplier publishes (release notes, errata, known issues: CVEs are only the
 * security part) was evaluated for the version used. The review ({@code Anomaly List Reviewed}, a date) is tied
 * to the version it covers ({@code Anomaly List Reviewed For Version}) and is stale once the SOUP version in the
 * build changes.
 */
final class SoupAnomaliesReviewedRule implements Rule {
    @Override
    public String id() {
        return "soup-anomalies-reviewed";
    }

    @Override
    public String clause() {
        return "7.1.3";
    }

    @Override
    public String title() {
        return "the supplier's anomaly list of every SOUP item was reviewed for the version in the build";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        for (SoupEntry entry : context.baseline().soup()) {
            if (entry.outcome() == SoupOutcome.MISSING_ITEM
                    || entry.outcome() == SoupOutcome.NOT_IN_BUILD
                    || !settings.appliesTo(context.classOf(entry))) {
                continue;
            }
            context.item(entry.itemKey()).ifPresent(item -> check(entry, item, findings));
        }
    }

    private static void check(final SoupEntry entry, final ItemState item, final Findings findings) {
        String version = entry.component().version().isEmpty()
                ? entry.itemVersion()
                : entry.component().version();
        String soup = "SOUP item " + item.key() + " (" + entry.component().name() + " " + version + ")";
        String reviewed =
                item.field(ItemField.ANOMALY_LIST_REVIEWED.fieldName()).strip();
        String reviewedFor =
                item.field(ItemField.ANOMALY_LIST_VERSION.fieldName()).strip();
        if (reviewed.isEmpty()) {
            findings.add(
                    item.key(),
                    "a review of the supplier's anomaly list",
                    soup + " records no review of its supplier's published anomaly list (Anomaly List Reviewed)");
        } else if (reviewedFor.isEmpty()) {
            findings.add(
                    item.key(),
                    "the version the anomaly list review covers",
                    soup + " was reviewed on " + reviewed + " for no named version: set Anomaly List Reviewed For"
                            + " Version to " + version);
        } else if (!reviewedFor.equals(version)) {
            findings.add(
                    item.key(),
                    "a review of the anomaly list of version " + version,
                    soup + ": its anomaly list was reviewed on " + reviewed + " for version " + reviewedFor
                            + ", which is stale now the build has " + version + "; review the known anomalies of "
                            + version);
        }
    }
}
