package io.trace62304.audit;

import io.trace62304.item.Item;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The linked history of a release scope for auditors (IEC 62304 8.2, 8.3, 9.8): every item with its fields and
 * links, its remote links (the builds and baselines that checked it) and its full change history, in issue-key
 * order, oldest change first (by instant, not by the text Jira rendered).
 *
 * @param scope where the items come from, e.g. "Jira https://… JQL: project = PUMP AND fixVersion = 2.1"
 * @param items the audited items
 */
public record AuditTrail(String scope, List<Audited> items) {
    public AuditTrail {
        Objects.requireNonNull(scope);
        items = List.copyOf(items);
    }

    /** One item with what Jira remembers of it. */
    public record Audited(Item item, List<RemoteLink> remoteLinks, List<Change> history) {
        public Audited {
            Objects.requireNonNull(item);
            remoteLinks = List.copyOf(remoteLinks);
            history = List.copyOf(history);
        }
    }

    /** A link from the item to something outside Jira: a build, a baseline, a document. */
    public record RemoteLink(String title, String url, String relationship, String summary) {}

    /**
     * One changed field of one history entry: when (an instant: Jira renders it in the reading user's time zone),
     * who, which field, from and to.
     */
    public record Change(Instant when, String who, String field, String from, String to) {
        public Change {
            Objects.requireNonNull(when);
        }
    }
}
