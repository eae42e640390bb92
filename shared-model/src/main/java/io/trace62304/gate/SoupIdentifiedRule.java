package io.trace62304.gate;

import io.trace62304.soup.SoupEntry;

/** 8.1.2: every component in the build has a SOUP item that names its exact version. */
final class SoupIdentifiedRule implements Rule {
    @Override
    public String id() {
        return "soup-identified";
    }

    @Override
    public String clause() {
        return "8.1.2";
    }

    @Override
    public String title() {
        return "every component of the build is a SOUP item identified by its exact version";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        for (SoupEntry entry : context.baseline().soup()) {
            if (!settings.appliesTo(context.classOf(entry))) {
                continue;
            }
            String component =
                    entry.component().name() + " " + entry.component().version();
            switch (entry.outcome()) {
                case MISSING_ITEM ->
                    findings.add(
                            entry.ref(),
                            "a SOUP item",
                            "component " + component.strip() + " (" + entry.ref()
                                    + ") is in the build but no SOUP item names it");
                case VERSION_DRIFT ->
                    findings.add(
                            entry.ref(),
                            "a SOUP item for version " + entry.component().version(),
                            "SOUP item " + entry.itemKey() + " names version '"
                                    + entry.itemVersion() + "' of "
                                    + entry.component().name() + ", but the build contains "
                                    + (entry.component().version().isEmpty()
                                            ? "a version the scans do not name"
                                            : entry.component().version()));
                default -> {}
            }
        }
    }
}
