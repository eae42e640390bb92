package io.trace62304.gate;

import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.item.SafetyClass;

/**
 * 5.8.4, 5.8.8, 5.1.10, 8.1.3: a baseline that releases software (a release or a release candidate) names the
 * product and version it releases, records the shipped artifacts with their digests, and was built from a clean
 * working tree. A dirty or unknown tree fails a release at Class B and C and is a warning at Class A and for every
 * CI run, where it is recorded but does not release anything.
 */
final class ReleaseRecordRule implements Rule {
    @Override
    public String id() {
        return "release-record";
    }

    @Override
    public String clause() {
        return "5.8.4, 5.8.8, 5.1.10, 8.1.3";
    }

    @Override
    public String title() {
        return "a release names its product version, records its artifacts, and was built from a clean tree";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        if (!settings.appliesTo(context.systemClass())) {
            return;
        }
        BuildInfo build = context.baseline().build();
        ReleaseIdentity release = build.release();
        if (release.kind().releases()) {
            if (release.product().isEmpty() || release.version().isEmpty()) {
                findings.add(
                        "build",
                        "the product and version released (5.8.4)",
                        "the " + release.kind() + " does not name its product and version: pass --product and "
                                + "--product-version, or --product-from pom.xml");
            }
            if (build.artifacts().isEmpty()) {
                findings.add(
                        "build",
                        "the shipped artifacts with their SHA-256 (5.8.8)",
                        "the " + release.kind() + " records no artifact: pass --artifact for each shipped file");
            }
        }
        for (BuildInfo.VcsRevision revision : build.revisions()) {
            if (revision.tree() == BuildInfo.TreeState.CLEAN) {
                continue;
            }
            String message = "revision " + revision.revision()
                    + (revision.repository().isEmpty() ? "" : " of " + revision.repository()) + " was built from a "
                    + (revision.tree() == BuildInfo.TreeState.DIRTY ? "dirty" : "working tree of unknown state")
                    + " (5.1.10, 8.1.3): what was built may not be what the revision holds";
            if (release.kind().releases() && context.systemClass().compareTo(SafetyClass.A) > 0) {
                findings.add("build", "a clean working tree", message);
            } else {
                findings.warn("build", "a clean working tree", message);
            }
        }
    }
}
