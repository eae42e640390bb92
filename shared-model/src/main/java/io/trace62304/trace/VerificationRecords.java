package io.trace62304.trace;

import io.trace62304.item.IssueKeys;
import io.trace62304.item.Item;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.item.LinkType;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Verification other than by test (5.7.4: "tested or otherwise verified"; inspection, analysis, review): an
 * approved {@code Verification Record} item linked to an item by {@code Verifies} (written on either side)
 * verifies it. A record counts only in status {@value #APPROVED}. An item no test of the build verifies, or whose
 * tests were all skipped, is then {@link VerificationStatus#VERIFIED_OTHERWISE}; a failing or flaky test still
 * decides, since a record does not outweigh a result that contradicts it.
 */
public final class VerificationRecords {
    /** The status in which a verification record counts. */
    public static final String APPROVED = "Approved";

    private final Map<String, Set<String>> recordsByItem = new HashMap<>();

    public VerificationRecords(final Collection<Item> items) {
        Set<String> approved = new HashSet<>();
        items.stream().filter(VerificationRecords::isApproved).forEach(item -> approved.add(item.key()));
        for (Item item : items) {
            if (approved.contains(item.key())) {
                item.linked(LinkType.VERIFIES, ItemLink.Direction.OUTWARD).forEach(key -> add(key, item.key()));
            }
            item.linked(LinkType.VERIFIES, ItemLink.Direction.INWARD).stream()
                    .filter(approved::contains)
                    .forEach(record -> add(item.key(), record));
        }
    }

    /** Whether the item is a verification record in the status that makes it count. */
    public static boolean isApproved(final Item item) {
        return item.type() == ItemType.VERIFICATION_RECORD
                && APPROVED.equalsIgnoreCase(item.status().strip());
    }

    /** The approved records that verify the item, in key order. */
    public List<String> recordsOf(final String key) {
        return List.copyOf(recordsByItem.getOrDefault(key, Set.of()));
    }

    /** The item's verification: its tests' status, or VERIFIED_OTHERWISE when no test decides and a record does. */
    public VerificationStatus statusOf(final String key, final TraceGraph graph) {
        VerificationStatus tested = graph.statusOf(key);
        boolean undecided = tested == VerificationStatus.UNTRACED || tested == VerificationStatus.NOT_RUN;
        return undecided && recordsByItem.containsKey(key) ? VerificationStatus.VERIFIED_OTHERWISE : tested;
    }

    private void add(final String item, final String record) {
        recordsByItem.computeIfAbsent(item, k -> new TreeSet<>(IssueKeys.ORDER)).add(record);
    }
}
