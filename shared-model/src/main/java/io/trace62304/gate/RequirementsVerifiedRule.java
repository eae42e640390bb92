package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemType;
import io.trace62304.trace.VerificationStatus;
import java.util.List;

/**
 * 5.7.1, 5.7.4a, 5.7.4b: every software requirement is tested, or otherwise verified, and the traceability is
 * recorded. A requirement verified by a test that passed in this build passes. One verified only by an approved
 * verification record (inspection, analysis; {@link io.trace62304.trace.VerificationRecords}) passes too, with a
 * warning naming the record, so an auditor can sample the records the release relies on.
 */
final class RequirementsVerifiedRule implements Rule {
    @Override
    public String id() {
        return "requirements-verified";
    }

    @Override
    public String clause() {
        return "5.7.1, 5.7.4a, 5.7.4b";
    }

    @Override
    public String title() {
        return "each software requirement is traced to a test that passed in this build, or otherwise verified";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        for (ItemState requirement : context.items(ItemType.REQUIREMENT, settings)) {
            if (requirement.verification() == VerificationStatus.VERIFIED_OTHERWISE) {
                List<String> records = context.verificationRecords().recordsOf(requirement.key());
                findings.warn(
                        requirement.key(),
                        "a test of this build (verified otherwise, by " + String.join(", ", records) + ")",
                        context.describe(requirement) + " is verified otherwise, by the approved verification record "
                                + String.join(", ", records) + " (inspection or analysis, 5.7.4), not by a test of"
                                + " this build; listed so that it can be sampled");
            } else {
                ItemChecks.passingVerification(context, requirement)
                        .ifPresent(missing -> findings.add(
                                requirement.key(),
                                missing,
                                context.describe(requirement) + " lacks " + missing + "; " + clause() + " asks that "
                                        + title()));
            }
        }
    }
}
