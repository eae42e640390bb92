package io.trace62304.gate;

import io.trace62304.soup.SoupEntry;
import io.trace62304.soup.SoupOutcome;

/** A QMS criterion keeping the 8.1.2 SOUP list current: an item whose component left the build is stale. */
final class SoupInBuildRule implements Rule {
    @Override
    public String id() {
        return "soup-in-build";
    }

    @Override
    public String clause() {
        return "QMS criterion (keeps the 8.1.2 SOUP list current)";
    }

    @Override
    public String title() {
        return "every SOUP item is still part of the build";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        for (SoupEntry entry : context.baseline().soup()) {
            if (entry.outcome() == SoupOutcome.NOT_IN_BUILD && settings.appliesTo(context.classOf(entry))) {
                findings.add(
                        entry.itemKey(),
                        "the component in the build",
                        "SOUP item " + entry.itemKey() + " ("
                                + entry.component().name() + " " + entry.itemVersion()
                                + ") is not in this build's scans; "
                                + "close it, correct its Package URL, or, if it is runtime or platform SOUP the build"
                                + " does not contain (a JRE, an operating system), set its SOUP Scope to runtime or"
                                + " platform");
            }
        }
    }
}
