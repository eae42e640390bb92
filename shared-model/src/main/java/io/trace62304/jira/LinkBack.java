package io.trace62304.jira;

import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * After a gate, links each item in scope back to the build without cluttering Jira: one remote link per item and
 * job (not per build), rewritten only when the item's result changes, and naming who wrote it (the job, through
 * Trace62304), what it records and when; one comment per item and job listing the blocking findings about the item
 * (those keyed by a SOUP component reach its SOUP item, those of a failing test the items it verifies), edited when
 * they change; for a release build that passed, a permanent link to its baseline on each item, and
 * {@code Fixed In Build} on the problem reports it verified, set once and never overwritten (9.7, 8.2.4, M26). What
 * was written is kept in issue properties and read back in bulk, so a re-run with nothing changed costs one read and
 * writes nothing ({@link LinkBackRun}). The gate's decision never depends on it.
 */
public final class LinkBack {
    private final JiraClient client;
    private final Consumer<String> progress;
    private final Clock clock;

    /** @param progress notes for people (e.g. that Fixed In Build edits will notify watchers) */
    public LinkBack(final JiraClient client, final Consumer<String> progress) {
        this(client, progress, Clock.systemUTC());
    }

    /** With the clock that stamps when links are recorded. */
    public LinkBack(final JiraClient client, final Consumer<String> progress, final Clock clock) {
        this.client = client;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * The build a link-back points to.
     *
     * @param url     its URL (the identity of its release link)
     * @param title   e.g. "pump #42"
     * @param job     the job it belongs to (the identity of the one link per item and job); empty: taken from the
     *                URL by dropping a trailing build number ({@code …/job/pump/42/} → {@code …/job/pump/})
     * @param release a release build: when its gate passes it leaves a permanent link to its baseline and sets
     *                {@code Fixed In Build} (the hook for release records)
     */
    public record Build(String url, String title, String job, boolean release) {
        public Build {
            Objects.requireNonNull(url);
            Objects.requireNonNull(title);
            Objects.requireNonNull(job);
            job = job.isBlank() ? jobOf(url) : job.strip();
        }

        /** A build that is not a release, its job taken from its URL. */
        public Build(final String url, final String title) {
            this(url, title, "", false);
        }

        /** The job of a build URL: without a trailing {@code /123/} or {@code #123}; else the URL itself. */
        static String jobOf(final String url) {
            return url.replaceFirst("(/\\d+/?|#\\d+)$", "/");
        }
    }

    /** What was written, per kind of write, and what failed (the link-back is complete only without failures). */
    public record Report(Map<Kind, Map<WriteOutcome, Integer>> writes, List<String> failures) {
        public enum Kind {
            /** The one remote link per item and job. */
            REMOTE_LINK,
            /** The permanent remote link of a release build. */
            RELEASE_LINK,
            FIXED_IN_BUILD,
            COMMENT,
            /** A problem report {@code monitor} opened or updated about a vulnerability of released SOUP. */
            PROBLEM_REPORT,
            /** The issue properties that record what was written. */
            STATE
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
        return new LinkBackRun(client, LinkBackPlan.of(sealed, gate, build), clock.instant(), progress).execute();
    }
}
