package io.trace62304.pack;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineChange;
import io.trace62304.baseline.BaselineDiff;
import io.trace62304.baseline.ChangeRecord;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.render.Html;
import java.util.List;

/**
 * {@code release-notes}: what was built (the release it is, revisions, artifacts with their digests), the commits
 * since the previous release with the items each names (8.2.4), and what changed since the previous release (8.2,
 * 8.3, 5.8.4): the differences of the baseline from the previous release's, by area.
 */
final class ReleaseNotes implements PackDocument {
    @Override
    public String name() {
        return "release-notes";
    }

    @Override
    public String title() {
        return "Release notes";
    }

    @Override
    public String clauses() {
        return "IEC 62304 5.8.4, 8.2, 8.3";
    }

    @Override
    public void body(final Html html, final PackContent content) {
        Baseline baseline = content.baseline();
        build(html, baseline.build());
        commits(html, baseline.changes());
        html.element("h2", "Changes since the previous release (8.2, 8.3)");
        if (content.previous().isEmpty()) {
            html.element(
                    "p",
                    "No previous release was given (--previous): the changes since it are not listed. The baseline "
                            + (baseline.previousDigest().isEmpty()
                                    ? "names no previous baseline."
                                    : "chains to " + baseline.previousDigest() + "."),
                    "class",
                    "note");
            return;
        }
        SealedBaseline previous = content.previous().get();
        html.element(
                "p",
                "Previous release: " + PackPage.identity(previous.baseline().build()) + ", baseline "
                        + previous.digest() + ".");
        if (!previous.digest().equals(baseline.previousDigest())) {
            html.element(
                    "p",
                    "This baseline chains to "
                            + (baseline.previousDigest().isEmpty() ? "no baseline" : baseline.previousDigest())
                            + ", not to the previous release given: the changes are computed between the two anyway.",
                    "class",
                    "note");
        }
        List<BaselineChange> changes = BaselineDiff.between(previous.baseline(), baseline);
        html.open("table")
                .open("thead")
                .headerRow("Area", "Subject", "Before", "After")
                .close("thead")
                .open("tbody");
        for (BaselineChange change : changes) {
            html.row(
                    change.area().name().toLowerCase(java.util.Locale.ROOT),
                    change.subject(),
                    change.before().isEmpty() ? "(none)" : change.before(),
                    change.after().isEmpty() ? "(none)" : change.after());
        }
        html.close("tbody").close("table");
        html.element("p", changes.size() + " change(s).");
    }

    private static void commits(final Html html, final List<ChangeRecord> commits) {
        html.element("h2", "Commits since the previous release (8.2.4): " + commits.size());
        if (commits.isEmpty()) {
            html.element(
                    "p",
                    "The baseline records no commits (the gate was run without --commits, or nothing changed).",
                    "class",
                    "note");
            return;
        }
        Column.open(html, Column.of("Commit", 25), Column.of("Subject", 50), Column.of("Items it names", 25));
        for (ChangeRecord commit : commits) {
            html.open("tr").element("td", commit.commit(), "class", "digest").element("td", commit.subject());
            if (commit.keys().isEmpty()) {
                html.element("td", "none", "class", "gap");
            } else {
                html.element("td", String.join(", ", commit.keys()));
            }
            html.close("tr").markup("\n");
        }
        Column.close(html);
    }

    private static void build(final Html html, final BuildInfo build) {
        html.element("h2", "What was built (5.8.4)");
        ReleaseIdentity release = build.release();
        html.open("table")
                .headerRow("Job", "Build", "URL", "Kind", "Product", "Version")
                .row(
                        build.job(),
                        build.buildId(),
                        build.url(),
                        release.kind().toString(),
                        release.product().isEmpty() ? "not named" : release.product(),
                        release.version().isEmpty() ? "not named" : release.version());
        html.close("table");
        html.open("table")
                .open("thead")
                .headerRow("Repository", "Revision", "Working tree")
                .close("thead");
        html.open("tbody");
        build.revisions()
                .forEach(r ->
                        html.row(r.repository(), r.revision(), r.tree().name().toLowerCase(java.util.Locale.ROOT)));
        html.close("tbody").close("table");
        html.open("table")
                .open("thead")
                .headerRow("Artifact", "SHA-256", "Bytes")
                .close("thead")
                .open("tbody");
        build.artifacts().forEach(a -> html.row(a.path(), a.sha256(), String.valueOf(a.size())));
        html.close("tbody").close("table").markup("\n");
    }
}
