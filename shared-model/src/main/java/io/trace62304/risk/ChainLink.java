package io.trace62304.risk;

import io.trace62304.baseline.ItemState;
import io.trace62304.trace.VerificationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One item in a risk chain (a risk control, or a requirement or software item implementing one) with its
 * verification in this build, the outcomes of its verifying tests and its gaps. The item carries its effective
 * class and the reason for it ({@link ItemState#safetyClass()}, {@link ItemState#classBasis()}), as the trace
 * model derived them.
 */
public record ChainLink(ItemState item, TestTally tests, List<ChainGap> gaps) {
    public ChainLink {
        Objects.requireNonNull(item);
        Objects.requireNonNull(tests);
        gaps = List.copyOf(gaps);
    }

    /** The link for an item with its tests; {@code extra} are the gaps found from its neighbours. */
    static ChainLink of(final ItemState item, final TestTally tests, final List<ChainGap> extra) {
        List<ChainGap> gaps = new ArrayList<>(extra);
        if (tests.failing()) {
            gaps.add(ChainGap.TEST_FAILING);
        } else if (!verified(item.verification())) {
            gaps.add(ChainGap.NOT_VERIFIED);
        }
        return new ChainLink(item, tests, gaps);
    }

    private static boolean verified(final VerificationStatus status) {
        return status == VerificationStatus.VERIFIED || status == VerificationStatus.VERIFIED_OTHERWISE;
    }
}
