package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.item.IssueKeys;
import io.trace62304.item.ItemField;
import io.trace62304.item.Timestamps;
import io.trace62304.itemfile.JiraValues;
import io.trace62304.jira.LinkBack.Report.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One link-back, in as few requests as Jira allows. First one read of the job's run record (an issue property on
 * the scope's first item): when it holds the digest of exactly this plan, nothing is read or written but the
 * {@code Fixed In Build} candidates. Otherwise what the job last wrote on each item is read in bulk (its issue
 * property, {@link JiraIssueProperties}) and only what differs is written; an item without that property (first
 * run, or written by a version before issue 16) is checked link by link, and its former per-build link is taken
 * over in place, so nothing is duplicated.
 */
final class LinkBackRun {
    static final String RUN_SCHEMA = "trace62304-linkback-run/1";
    private static final int MAX_RELEASES = 150;

    private final JiraClient client;
    private final LinkBackPlan plan;
    private final Instant now;
    private final Consumer<String> progress;
    private final Map<Kind, Map<WriteOutcome, Integer>> writes = new EnumMap<>(Kind.class);
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Boolean> quiet = new HashMap<>();
    private final String job;
    private Optional<String> fixedInField;
    private boolean skippedOlder;

    LinkBackRun(final JiraClient client, final LinkBackPlan plan, final Instant now, final Consumer<String> progress) {
        this.client = client;
        this.plan = plan;
        this.now = now;
        this.progress = progress;
        this.job = plan.build().job();
    }

    LinkBack.Report execute() {
        List<LinkBackPlan.Item> items = plan.items();
        if (items.isEmpty()) {
            return report();
        }
        String anchor =
                items.stream().map(LinkBackPlan.Item::key).min(IssueKeys.ORDER).orElseThrow();
        String digest = runDigest();
        boolean current;
        try {
            current = client.issueProperties()
                    .get(anchor, LinkIds.runRecord(job))
                    .map(record -> digest.equals(record.path("digest").asText()))
                    .orElse(false);
        } catch (JiraException e) {
            failures.add("cannot read the link-back record of job " + job + " on " + anchor + ": " + e.getMessage());
            return report();
        }
        List<LinkBackPlan.Item> todo =
                current ? items.stream().filter(LinkBackPlan.Item::setsFixedIn).toList() : items;
        if (current) {
            progress.accept(
                    "link-back: Jira already shows this result of job " + job + " on all " + items.size() + " item(s)");
            countUnchanged(items);
        }
        if (!todo.isEmpty()) {
            applyAll(todo, current);
        }
        if (!current && failures.isEmpty() && !skippedOlder) {
            ObjectNode record = JsonNodeFactory.instance
                    .objectNode()
                    .put("schema", RUN_SCHEMA)
                    .put("digest", digest)
                    .put("items", items.size())
                    .put("build", plan.build().url())
                    .put("at", Timestamps.utc(now));
            write(Kind.STATE, anchor, () -> {
                client.issueProperties().set(anchor, LinkIds.runRecord(job), record);
                return WriteOutcome.UPDATED;
            });
        }
        return report();
    }

    private void applyAll(final List<LinkBackPlan.Item> todo, final boolean onlyFixedIn) {
        boolean fixes = todo.stream().anyMatch(LinkBackPlan.Item::setsFixedIn);
        List<String> fields =
                fixes && fixedInField().isPresent() ? List.of(fixedInField().get()) : List.of("summary");
        Map<String, JsonNode> issues;
        try {
            issues = client.issueProperties()
                    .read(todo.stream().map(LinkBackPlan.Item::key).toList(), fields, LinkIds.itemState(job));
        } catch (JiraException e) {
            failures.add("cannot read what job " + job + " wrote on the items: " + e.getMessage());
            return;
        }
        for (LinkBackPlan.Item item : todo) {
            JsonNode issue = issues.get(item.key());
            if (!onlyFixedIn) {
                apply(item, issue);
            }
            if (item.setsFixedIn()) {
                fixedIn(item, issue);
            }
        }
    }

    /** The job link, comment and release link of one item, then its state when that changed. */
    private void apply(final LinkBackPlan.Item item, final JsonNode issue) {
        LinkState state = issue == null ? LinkState.NONE : LinkState.of(property(issue, LinkIds.itemState(job)));
        String linkDigest = LinkIds.sha256(item.result());
        String commentDigest = LinkIds.sha256(item.findingLines());
        if (state.isNewerThan(plan.buildId())) {
            // a re-run of an older build never puts an older result over a newer one
            skippedOlder = true;
            count(Kind.REMOTE_LINK, WriteOutcome.UNCHANGED);
            return;
        }
        String link = state.link();
        if (linkDigest.equals(state.link())) {
            count(Kind.REMOTE_LINK, WriteOutcome.UNCHANGED);
        } else if (write(Kind.REMOTE_LINK, item.key(), () -> jobLink(item, state.isKnown()))) {
            link = linkDigest;
        }
        Optional<String> comment = state.comment();
        boolean wanted = !item.findings().isEmpty() || comment.isPresent();
        if (wanted && comment.equals(Optional.of(commentDigest))) {
            count(Kind.COMMENT, WriteOutcome.UNCHANGED);
        } else if (wanted
                && write(
                        Kind.COMMENT,
                        item.key(),
                        () -> client.upsertComment(
                                item.key(),
                                LinkIds.commentMarker(job),
                                plan.comment(item),
                                LinkIds.formerCommentMarker(plan.build().url())))) {
            comment = Optional.of(commentDigest);
        }
        Map<String, String> releases = new TreeMap<>(state.releases());
        if (item.released()) {
            release(item, state, releases);
        }
        while (releases.size() > MAX_RELEASES) {
            releases.remove(releases.keySet().iterator().next());
        }
        LinkState next =
                new LinkState(link, comment, link.equals(linkDigest) ? plan.buildId() : state.build(), releases);
        if (!next.equals(state) && !next.link().isEmpty()) {
            write(Kind.STATE, item.key(), () -> {
                client.issueProperties().set(item.key(), LinkIds.itemState(job), next.toJson());
                return WriteOutcome.UPDATED;
            });
        }
    }

    /**
     * A property as an issue carries it: {@code properties.<key>} (Cloud, and Data Center's answers); the form the
     * Data Center description declares, {@code properties.properties.<key>} holding JSON text, is read too.
     */
    static JsonNode property(final JsonNode issue, final String key) {
        JsonNode value = issue.path("properties").path(key);
        if (value.isMissingNode()) {
            value = issue.path("properties").path("properties").path(key);
        }
        if (value.isTextual()) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(value.asText());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return null;
            }
        }
        return value.isMissingNode() ? null : value;
    }

    private WriteOutcome jobLink(final LinkBackPlan.Item item, final boolean known) throws JiraException {
        RemoteLink link = plan.jobLink(item, now);
        if (known) {
            client.postRemoteLink(item.key(), link);
            return WriteOutcome.UPDATED;
        }
        // no record of this job on the item: one read of its remote links finds the job's link or a former one
        List<JsonNode> links = client.remoteLinks(item.key());
        Optional<JsonNode> stored = withGlobalId(links, link.globalId());
        if (stored.isPresent()) {
            if (link.matchesButForTime(stored.get())) {
                return WriteOutcome.UNCHANGED;
            }
            client.postRemoteLink(item.key(), link);
            return WriteOutcome.UPDATED;
        }
        Optional<JsonNode> formerLink =
                LinkIds.formerBuildLink(plan.build().url()).flatMap(former -> withGlobalId(links, former));
        if (formerLink.isPresent() && formerLink.get().hasNonNull("id")) {
            // written by a version before issue 16 for this very build: moved to the job's globalId in place
            client.replaceRemoteLink(item.key(), formerLink.get().path("id").asText(), link);
            return WriteOutcome.UPDATED;
        }
        client.postRemoteLink(item.key(), link);
        return WriteOutcome.CREATED;
    }

    private static Optional<JsonNode> withGlobalId(final List<JsonNode> links, final String globalId) {
        return links.stream()
                .filter(link -> globalId.equals(link.path("globalId").asText()))
                .findFirst();
    }

    private void release(final LinkBackPlan.Item item, final LinkState state, final Map<String, String> releases) {
        RemoteLink link = plan.releaseLink(item, now);
        String digest = plan.releaseDigest(item);
        if (digest.equals(state.releases().get(link.globalId()))) {
            count(Kind.RELEASE_LINK, WriteOutcome.UNCHANGED);
            return;
        }
        boolean written = write(Kind.RELEASE_LINK, item.key(), () -> {
            Optional<JsonNode> stored = client.remoteLink(item.key(), link.globalId());
            if (stored.isPresent() && link.matchesButForTime(stored.get())) {
                return WriteOutcome.UNCHANGED;
            }
            client.postRemoteLink(item.key(), link);
            return stored.isPresent() ? WriteOutcome.UPDATED : WriteOutcome.CREATED;
        });
        if (written) {
            releases.put(link.globalId(), digest);
        }
    }

    /** Sets {@code Fixed In Build} once: only when Jira's own value is still empty (M26), never over another. */
    private void fixedIn(final LinkBackPlan.Item item, final JsonNode issue) {
        if (fixedInField().isEmpty()) {
            return;
        }
        String field = fixedInField().get();
        if (issue == null) {
            failures.add(item.key() + " fixed in build: the issue could not be read");
            return;
        }
        String current = JiraValues.text(issue.path("fields").path(field));
        if (!current.isBlank()) {
            count(Kind.FIXED_IN_BUILD, WriteOutcome.UNCHANGED);
            return;
        }
        boolean silently = quietly(item.key());
        write(
                Kind.FIXED_IN_BUILD,
                item.key(),
                () -> client.setField(item.key(), field, plan.build().title(), current, silently));
    }

    private Optional<String> fixedInField() {
        if (fixedInField == null) {
            String name = ItemField.FIXED_IN_BUILD.fieldName();
            try {
                fixedInField =
                        Optional.ofNullable(client.fieldIds(List.of(name)).get(name));
            } catch (JiraException e) {
                failures.add("cannot find the field '" + name + "': " + e.getMessage());
                fixedInField = Optional.empty();
            }
        }
        return fixedInField;
    }

    /**
     * Whether the edit may be sent with {@code notifyUsers=false}: only when Jira says the user holds Administer
     * Projects or Administer Jira in the project (the check {@code jira check} shows); otherwise watchers are told.
     */
    private boolean quietly(final String key) {
        String project = key.substring(0, Math.max(0, key.lastIndexOf('-')));
        return quiet.computeIfAbsent(project, p -> {
            try {
                boolean held = client.permissions(p, List.of("ADMINISTER_PROJECTS", "ADMINISTER")).values().stream()
                        .anyMatch(Boolean::booleanValue);
                if (!held) {
                    progress.accept("link-back: Fixed In Build edits in " + p + " notify watchers: the user holds "
                            + "neither Administer Projects nor Administer Jira, which notifyUsers=false needs");
                }
                return held;
            } catch (JiraException e) {
                return false;
            }
        });
    }

    /** The digest of everything the plan asks of Jira but {@code Fixed In Build}, which Jira's own value decides. */
    private String runDigest() {
        StringBuilder text =
                new StringBuilder(LinkState.SCHEMA).append('\n').append(job).append('\n');
        plan.items().stream()
                .sorted(Comparator.comparing(LinkBackPlan.Item::key, IssueKeys.ORDER))
                .forEach(item -> text.append(item.key())
                        .append('|')
                        .append(LinkIds.sha256(item.result()))
                        .append('|')
                        .append(LinkIds.sha256(item.findingLines()))
                        .append('|')
                        .append(item.released() ? plan.releaseDigest(item) : "")
                        .append('\n'));
        return "sha256:" + LinkIds.sha256(text.toString());
    }

    private void countUnchanged(final List<LinkBackPlan.Item> items) {
        for (LinkBackPlan.Item item : items) {
            count(Kind.REMOTE_LINK, WriteOutcome.UNCHANGED);
            if (!item.findings().isEmpty()) {
                count(Kind.COMMENT, WriteOutcome.UNCHANGED);
            }
            if (item.released()) {
                count(Kind.RELEASE_LINK, WriteOutcome.UNCHANGED);
            }
        }
    }

    private interface Write {
        WriteOutcome run() throws JiraException;
    }

    /** Runs one write and counts it; a failure is recorded with the item and kind. Whether it succeeded. */
    private boolean write(final Kind kind, final String key, final Write write) {
        try {
            count(kind, write.run());
            return true;
        } catch (JiraException e) {
            failures.add(key + " "
                    + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + e.getMessage());
            return false;
        }
    }

    private void count(final Kind kind, final WriteOutcome outcome) {
        writes.computeIfAbsent(kind, k -> new EnumMap<>(WriteOutcome.class)).merge(outcome, 1, Integer::sum);
    }

    private LinkBack.Report report() {
        return new LinkBack.Report(writes, failures);
    }
}
