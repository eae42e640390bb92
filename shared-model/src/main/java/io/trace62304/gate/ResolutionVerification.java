package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.LinkType;
import io.trace62304.trace.TraceGraph;
import io.trace62304.trace.VerificationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the resolution of a closed problem report was verified (9.7) and the record shows it (9.5, 9.8): a test
 * that declares the report, or a test of an item linked to it by an inward {@code is verified by}, passed in this
 * build; or an approved verification record (inspection, analysis) is linked to it; or, failing that, the earlier baseline named by {@code Verified In} (else {@code Fixed In Build}) is the
 * previous baseline of this run, and there it passed. A test of these failing or flaky here contradicts the
 * closure whatever an earlier baseline shows.
 */
final class ResolutionVerification {
    /** What is missing, and whether it is only that the earlier verification the report names cannot be checked. */
    record Gap(String missing, boolean uncheckable) {}

    private ResolutionVerification() {}

    /** Empty when the resolution's verification is shown. */
    static Optional<Gap> of(final GateContext context, final ItemState report) {
        List<String> verifiers = verifiers(report);
        VerificationStatus here = combined(context.graph(), verifiers);
        if (here == VerificationStatus.FAILED) {
            return gap("a passing verification (a test verifying its resolution failed in this build)");
        }
        if (here == VerificationStatus.FLAKY) {
            return gap("a passing verification (a test verifying its resolution failed, then passed on a rerun, in"
                    + " this build)");
        }
        if (here == VerificationStatus.VERIFIED || report.verification() == VerificationStatus.VERIFIED_OTHERWISE) {
            return Optional.empty();
        }
        return earlier(context, report, verifiers);
    }

    /** The verification in the earlier baseline the report names, checked against the previous baseline given. */
    private static Optional<Gap> earlier(
            final GateContext context, final ItemState report, final List<String> verifiers) {
        ItemField field = report.field(ItemField.VERIFIED_IN.fieldName()).isBlank()
                ? ItemField.FIXED_IN_BUILD
                : ItemField.VERIFIED_IN;
        String named = report.field(field.fieldName()).strip();
        String says = "'" + field.fieldName() + "' names '" + named + "'";
        if (named.isEmpty()) {
            return gap("a verification of its resolution (a passing test in this build that declares it or an item"
                    + " linked as 'is verified by', an approved verification record, or 'Verified In' naming an"
                    + " earlier baseline)");
        }
        Optional<SealedBaseline> previous = context.previous();
        if (previous.isPresent() && BaselineReference.matches(named, previous.get())) {
            VerificationStatus there =
                    combined(new TraceGraph(previous.get().baseline().tests().results()), verifiers);
            return there == VerificationStatus.VERIFIED
                    ? Optional.empty()
                    : gap("a passing verification in the earlier baseline (" + says + ": "
                            + BaselineReference.describe(previous.get()) + ", where its verification was " + there
                            + ")");
        }
        if (BaselineReference.names(named, context.baseline().build().buildId())) {
            return gap("a verification of its resolution (" + says + ", this build, where no test verifying it"
                    + " passed)");
        }
        return Optional.of(new Gap(
                previous.map(p -> "a verification that can be checked (" + says
                                + ", which is not the previous baseline given, " + BaselineReference.describe(p) + ")")
                        .orElse("a verification that can be checked (" + says
                                + ", but no previous baseline was given to check it against)"),
                true));
    }

    private static Optional<Gap> gap(final String missing) {
        return Optional.of(new Gap(missing, false));
    }

    /** The report and the items linked to it as its verification ({@code is verified by}). */
    private static List<String> verifiers(final ItemState report) {
        List<String> keys = new ArrayList<>();
        keys.add(report.key());
        report.links().stream()
                .filter(link -> link.is(LinkType.VERIFIES, ItemLink.Direction.INWARD))
                .map(ItemLink::key)
                .forEach(keys::add);
        return keys;
    }

    /** FAILED or FLAKY if any verifier is, else VERIFIED if any is, else NOT_RUN or UNTRACED. */
    private static VerificationStatus combined(final TraceGraph graph, final List<String> keys) {
        List<VerificationStatus> statuses = keys.stream().map(graph::statusOf).toList();
        for (VerificationStatus worst : List.of(
                VerificationStatus.FAILED,
                VerificationStatus.FLAKY,
                VerificationStatus.VERIFIED,
                VerificationStatus.NOT_RUN)) {
            if (statuses.contains(worst)) {
                return worst;
            }
        }
        return VerificationStatus.UNTRACED;
    }
}
