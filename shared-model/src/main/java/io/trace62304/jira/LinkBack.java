package io.trace62304.jira;

import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.Finding;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.Level;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemType;
import io.trace62304.trace.VerificationStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * After a gate: links each item in scope to the build (one remote link per item and build, by globalId, with
 * the verdict and the item's verification; the build page holds the baseline and its digest, so a re-run whose
 * only change is our own write does not rewrite every link), sets {@code Fixed In Build} on closed problem reports this build verified,
 * and leaves at most one comment per issue and build on items with blocking findings. Running it again for the
 * same build writes nothing that is already so. The gate's decision never depends on it.
 */
public final class LinkBack {
    private final JiraClient client;
    private final Consumer<String> progress;

    public LinkBack(final JiraClient client, final Consumer<String> progress) {
        this.client = client;
        this.progress = progress;
    }

    /** The build a link-back points to: its URL (also the identity of the links) and a title such as "pump #42". */
    public record Build(String url, String title) {}

    /** What was written, per kind of write, and what failed (the link-back is complete only without failures). */
    public record Report(Map<Kind, Map<WriteOutcome, Integer>> writes, List<String> failures) {
        public enum Kind {
            REMOTE_LINK,
            FIXED_IN_BUILD,
            COMMENT
        }

        public boolean isComplete() {
            return failures.isEmpty();
        }

        /** How many writes were made (created or updated). */
        public int writeCount() {
            return writes.values().stream()
                    .mapToInt(m -> m.getOrDefault(WriteOutcome.CREATED, 0) + m.getOrDefault(WriteOutcome.UPDATED, 0))
                    .sum();
        }
    }

    public Report run(final SealedBaseline sealed, final GateResult gate, final Build build) {
        Map<Report.Kind, Map<WriteOutcome, Integer>> writes = new EnumMap<>(Report.Kind.class);
        List<String> failures = new ArrayList<>();
        Optional<String> fixedIn = fixedInField(failures);
        Set<String> flagged = flaggedItems(gate);
        for (ItemState item : sealed.baseline().items()) {
            progress.accept("linking " + item.key() + " to " + build.title());
            write(
                    writes,
                    failures,
                    Report.Kind.REMOTE_LINK,
                    item,
                    () -> client.upsertRemoteLink(item.key(), remoteLink(gate, build, item)));
            if (fixedIn.isPresent() && isResolvedHere(item)) {
                write(
                        writes,
                        failures,
                        Report.Kind.FIXED_IN_BUILD,
                        item,
                        () -> client.setField(
                                item.key(),
                                fixedIn.get(),
                                build.title(),
                                item.field(ItemField.FIXED_IN_BUILD.fieldName())));
            }
            if (flagged.contains(item.key())) {
                write(
                        writes,
                        failures,
                        Report.Kind.COMMENT,
                        item,
                        () -> client.upsertComment(item.key(), marker(build), comment(gate, build, item)));
            }
        }
        return new Report(writes, failures);
    }

    private Optional<String> fixedInField(final List<String> failures) {
        try {
            return Optional.ofNullable(client.fieldIds(List.of(ItemField.FIXED_IN_BUILD.fieldName()))
                    .get(ItemField.FIXED_IN_BUILD.fieldName()));
        } catch (JiraException e) {
            failures.add("cannot find the field 'Fixed In Build': " + e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean isResolvedHere(final ItemState item) {
        return ItemType.PROBLEM_REPORT.displayName().equals(item.type())
                && item.done()
                && item.verification() == VerificationStatus.VERIFIED;
    }

    private static Set<String> flaggedItems(final GateResult gate) {
        Set<String> keys = new TreeSet<>();
        gate.findings().stream()
                .filter(f -> f.level() != Level.WARNING)
                .map(Finding::item)
                .forEach(keys::add);
        return keys;
    }

    static RemoteLink remoteLink(final GateResult gate, final Build build, final ItemState item) {
        return new RemoteLink(
                "trace62304:build=" + build.url(),
                build.url(),
                build.title(),
                "IEC 62304 gate "
                        + gate.verdict() + "; " + item.key() + " "
                        + item.verification()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ') + " in this build",
                "checked in build");
    }

    static String marker(final Build build) {
        return "[trace62304:build=" + build.url() + "]";
    }

    private static String comment(final GateResult gate, final Build build, final ItemState item) {
        StringBuilder text = new StringBuilder("IEC 62304 release gate " + gate.verdict() + " for " + build.title()
                + ". Findings on " + item.key() + ":");
        gate.findings().stream()
                .filter(f -> f.item().equals(item.key()) && f.level() != Level.WARNING)
                .forEach(f -> text.append("\n- ")
                        .append(f.rule())
                        .append(" (")
                        .append(f.clause())
                        .append("): ")
                        .append(f.missing()));
        return text.toString();
    }

    private interface Write {
        WriteOutcome run() throws JiraException;
    }

    private static void write(
            final Map<Report.Kind, Map<WriteOutcome, Integer>> writes,
            final List<String> failures,
            final Report.Kind kind,
            final ItemState item,
            final Write write) {
        try {
            writes.computeIfAbsent(kind, k -> new EnumMap<>(WriteOutcome.class)).merge(write.run(), 1, Integer::sum);
        } catch (JiraException e) {
            failures.add(item.key() + " "
                    + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + e.getMessage());
        }
    }
}
