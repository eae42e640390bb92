package io.trace62304.jira;

import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.Finding;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.Verdict;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemType;
import io.trace62304.item.Timestamps;
import io.trace62304.trace.VerificationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a link-back should leave on each item, computed from the sealed baseline and the gate alone: the result its
 * job link shows (the item's verification and its blocking findings, not the build, so a later build with the same
 * result writes nothing), the findings its job comment lists, its permanent release link, and whether this build
 * sets {@code Fixed In Build}. The texts say who wrote them (the job, through Trace62304), what they record and when.
 */
final class LinkBackPlan {
    static final String JOB_RELATIONSHIP = "checked by job";
    static final String RELEASE_RELATIONSHIP = "released in";
    private static final int MAX_TITLE = 255;

    private final LinkBack.Build build;
    private final SealedBaseline sealed;
    private final GateResult gate;
    private final List<Item> items;

    /** One item's share: its state in the baseline and the blocking findings about it ({@link FindingRoutes}). */
    record Item(ItemState state, List<Finding> findings, boolean setsFixedIn, boolean released) {
        String key() {
            return state.key();
        }

        String verification() {
            return state.verification().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** What the job link says about the item, e.g. "MED-4 verified, 2 blocking findings". */
        String result() {
            return key() + " " + verification() + ", "
                    + (findings.isEmpty()
                            ? "no blocking findings"
                            : findings.size() + " blocking finding" + (findings.size() == 1 ? "" : "s"));
        }

        /** The findings the job comment lists, one a line; empty when there are none. */
        String findingLines() {
            StringBuilder lines = new StringBuilder();
            for (Finding finding : findings) {
                lines.append("- ")
                        .append(finding.rule())
                        .append(" (")
                        .append(finding.citation())
                        .append("): ")
                        .append(finding.message())
                        .append('\n');
            }
            return lines.toString().strip();
        }
    }

    private LinkBackPlan(
            final LinkBack.Build build, final SealedBaseline sealed, final GateResult gate, final List<Item> items) {
        this.build = build;
        this.sealed = sealed;
        this.gate = gate;
        this.items = List.copyOf(items);
    }

    static LinkBackPlan of(final SealedBaseline sealed, final GateResult gate, final LinkBack.Build build) {
        Map<String, List<Finding>> routed = FindingRoutes.byItem(sealed.baseline(), gate.findings());
        boolean releasedHere = build.release() && gate.verdict() == Verdict.PASS;
        List<Item> items = new ArrayList<>();
        for (ItemState state : sealed.baseline().items()) {
            items.add(new Item(
                    state,
                    routed.getOrDefault(state.key(), List.of()),
                    releasedHere && isResolvedHere(state),
                    releasedHere));
        }
        return new LinkBackPlan(build, sealed, gate, items);
    }

    List<Item> items() {
        return items;
    }

    LinkBack.Build build() {
        return build;
    }

    /** The build number the baseline records (orders builds of one job when numeric). */
    String buildId() {
        return sealed.baseline().build().buildId();
    }

    /** A problem report closed and verified by this build: the fix this release build verified (9.7, 8.2.4). */
    private static boolean isResolvedHere(final ItemState item) {
        return ItemType.PROBLEM_REPORT.displayName().equals(item.type())
                && item.done()
                && item.verification() == VerificationStatus.VERIFIED
                && item.field(ItemField.FIXED_IN_BUILD.fieldName()).isBlank();
    }

    /** The item's one remote link for this job, naming the build that first showed this result. */
    RemoteLink jobLink(final Item item, final Instant now) {
        return new RemoteLink(
                LinkIds.jobLink(build.job()),
                build.url(),
                title(item.result() + " · " + build.title()),
                "Latest result of job " + build.job() + " (Trace62304 IEC 62304 gate), first shown by "
                        + build.title() + "; later builds with the same result leave it as it is; recorded at "
                        + Timestamps.utc(now),
                JOB_RELATIONSHIP);
    }

    /** The item's permanent link to this release build and its baseline. */
    RemoteLink releaseLink(final Item item, final Instant now) {
        return new RemoteLink(
                LinkIds.releaseLink(build.url()),
                build.url(),
                title("Released in " + build.title() + " · " + item.key() + " " + item.verification()),
                "IEC 62304 configuration baseline " + sealed.digest() + ", release gate " + gate.verdict()
                        + "; recorded by Trace62304 for job " + build.job() + " at " + Timestamps.utc(now),
                RELEASE_RELATIONSHIP);
    }

    /** Digest of what the release link records (without the time it was written). */
    String releaseDigest(final Item item) {
        return LinkIds.sha256(build.url() + "\n" + sealed.digest() + "\n" + item.key() + " " + item.verification());
    }

    /** The job comment: its marker line, then what the findings are and since which build. */
    String comment(final Item item) {
        String lines = item.findingLines();
        return lines.isEmpty()
                ? "IEC 62304 release gate, job " + build.job() + ": no blocking findings on " + item.key() + " since "
                        + build.title() + "."
                : "IEC 62304 release gate, job " + build.job() + ": blocking findings on " + item.key() + " since "
                        + build.title() + " (gate " + gate.verdict() + "):\n" + lines;
    }

    private static String title(final String text) {
        return text.length() <= MAX_TITLE ? text : text.substring(0, MAX_TITLE - 1) + "…";
    }
}
