package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.approval.Meaning;
import io.trace62304.approval.RecordedApproval;
import io.trace62304.approval.RecordedApprovals;
import io.trace62304.item.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A release's approval as Jira records it (21 CFR 11.50 in spirit, the identity being the Jira account): the
 * release's approval issue (by default the Software System item, workflow "Trace62304: Specification") names the
 * baseline it releases in its {@value #FIELD} field, and an approver moves it to {@value #APPROVED}. From the
 * issue's change history: who made the last transition to Approved (Cloud: the account id; Data Center: the user
 * name), when (UTC), and the baseline it named then. It holds only while the issue is still Approved and its
 * {@value #FIELD} has not changed since; the release check then compares that digest with the baseline's.
 */
public final class JiraApprovals {
    /** The text field that names the approved baseline's digest ({@code sha256:…}). */
    public static final String FIELD = "Release Baseline";

    /** The status an approval transition moves the issue to. */
    public static final String APPROVED = "Approved";

    /** The policy's name of this source ({@code approval.sources}). */
    public static final String SOURCE = "jira";

    private final JiraClient client;

    public JiraApprovals(final JiraClient client) {
        this.client = client;
    }

    /** The approvals the issues record now; what cannot be read is reported, not thrown. */
    public RecordedApprovals read(final List<String> keys) {
        RecordedApprovals all = RecordedApprovals.NONE;
        for (String key : keys) {
            try {
                all = all.and(read(key));
            } catch (JiraException e) {
                all = all.and(new RecordedApprovals(
                        List.of(), List.of(), List.of("the approval issue " + key + ": " + e.getMessage())));
            }
        }
        return all;
    }

    private RecordedApprovals read(final String key) throws JiraException {
        String fieldId = client.fieldIds(List.of(FIELD)).get(FIELD);
        if (fieldId == null) {
            return unreadable(key + ": the site has no field '" + FIELD + "' (trace62304 jira apply provisions it on "
                    + "the Software System issue type)");
        }
        JsonNode issue = client.issue(key, List.of("status", fieldId));
        String status = issue.path("fields").path("status").path("name").asText("");
        String digest = issue.path("fields").path(fieldId).asText("").strip();
        Map<String, List<JsonNode>> histories = client.changelogs(List.of(key), List.of("status", fieldId));
        List<JsonNode> entries = histories.getOrDefault(
                key, histories.getOrDefault(issue.path("id").asText(), List.of()));
        List<Change> changes = new ArrayList<>();
        for (JsonNode entry : entries) {
            String created = entry.path("created").asText("");
            Optional<Instant> when = Timestamps.parse(created);
            if (when.isEmpty()) {
                return unreadable(key + ": a change was recorded at '" + created + "', which is not a Jira date-time");
            }
            changes.add(new Change(when.get(), entry));
        }
        changes.sort(Comparator.comparing(Change::when)); // equal instants keep Jira's order
        if (!APPROVED.equalsIgnoreCase(status)) {
            return notApproved(key + " is in status '" + status + "', not " + APPROVED + ": the release is not "
                    + "approved in Jira");
        }
        int approvedAt = -1;
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).sets("status", APPROVED)) {
                approvedAt = i;
            }
        }
        if (approvedAt < 0) {
            return notApproved(key + " is " + APPROVED + " but its history records no transition to " + APPROVED
                    + ": who approved it cannot be told");
        }
        Change approval = changes.get(approvedAt);
        for (Change later : changes.subList(approvedAt + 1, changes.size())) {
            if (later.changes(FIELD, fieldId)) {
                return notApproved(
                        key + ": its " + FIELD + " changed on " + later.when() + " (UTC), after the " + "approval of "
                                + approval.when() + " (UTC): the approval is not of the baseline it names now");
            }
        }
        if (digest.isEmpty()) {
            return notApproved(key + " names no baseline in its " + FIELD + " field: what was approved cannot be told");
        }
        JsonNode author = approval.entry().path("author");
        String id = client.flavour() == Flavour.CLOUD
                ? author.path("accountId").asText("")
                : author.path("name").asText(author.path("key").asText(""));
        if (id.isBlank()) {
            return notApproved(key + ": the transition to " + APPROVED + " on " + approval.when()
                    + " (UTC) names no Jira account: who approved it cannot be told");
        }
        return new RecordedApprovals(
                List.of(new RecordedApproval(
                        "Jira " + client.site() + " " + key,
                        SOURCE,
                        digest,
                        Meaning.APPROVAL,
                        id,
                        author.path("displayName").asText(id),
                        approval.when())),
                List.of(),
                List.of());
    }

    private static RecordedApprovals notApproved(final String problem) {
        return new RecordedApprovals(List.of(), List.of(problem), List.of());
    }

    private static RecordedApprovals unreadable(final String problem) {
        return new RecordedApprovals(List.of(), List.of(), List.of(problem));
    }

    /** One entry of an issue's change history, at its instant. */
    private record Change(Instant when, JsonNode entry) {
        /** Whether it changes the field (by name, or by id where Cloud gives one). */
        boolean changes(final String field, final String fieldId) {
            for (JsonNode item : entry.path("items")) {
                if (field.equalsIgnoreCase(item.path("field").asText())
                        || fieldId.equals(item.path("fieldId").asText())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether it sets {@code status} to {@code value}. */
        boolean sets(final String field, final String value) {
            for (JsonNode item : entry.path("items")) {
                if (field.equalsIgnoreCase(item.path("field").asText())
                        && value.equalsIgnoreCase(item.path("toString").asText())) {
                    return true;
                }
            }
            return false;
        }
    }
}
