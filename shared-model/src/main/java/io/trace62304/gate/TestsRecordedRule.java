package io.trace62304.gate;

import io.trace62304.evidence.BuildInfo;

/** 5.7.5, 5.8.4: test results exist and are recorded against an identified build and revision. */
final class TestsRecordedRule implements Rule {
    @Override
    public String id() {
        return "tests-recorded";
    }

    @Override
    public String clause() {
        return "5.7.5, 5.8.4";
    }

    @Override
    public String title() {
        return "test results are recorded against an identified build and VCS revision";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        if (!settings.appliesTo(context.systemClass())) {
            return;
        }
        BuildInfo build = context.baseline().build();
        if (!build.isIdentified()) {
            findings.add(
                    "build",
                    "a build id and a VCS revision",
                    "the build is not identified (build id '" + build.buildId() + "', "
                            + build.revisions().size() + " revision(s)): pass --build-id and --revision");
        }
        if (context.baseline().tests().total() == 0) {
            findings.add("tests", "test results", "no test result was recorded for this build");
        }
    }
}
