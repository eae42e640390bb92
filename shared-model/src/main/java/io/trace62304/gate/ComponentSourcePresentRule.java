package io.trace62304.gate;

import io.trace62304.baseline.Baseline;
import io.trace62304.evidence.InputFile;
import io.trace62304.item.ItemType;
import io.trace62304.item.SafetyClass;
import io.trace62304.report.ReportFormat;
import io.trace62304.soup.SoupEntry;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 7.1.2, 8.1.2 (5.3.3): the SOUP of the build can only be identified, reconciled and assessed against a list of its
 * components, so at least one SBOM or dependency scan must be given, and each one given must list components.
 * Without one the SOUP rules would have nothing to check and pass: a build without a component list is a finding,
 * never a clean bill. By default it fails at Class B and C and warns at Class A ({@code warnAt}).
 */
final class ComponentSourcePresentRule implements Rule {
    static final String ID = "component-source-present";
    private static final Set<String> SOURCES = Set.of(ReportFormat.CYCLONEDX.id(), ReportFormat.DEPENDENCY_CHECK.id());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String clause() {
        return "7.1.2, 8.1.2";
    }

    @Override
    public String title() {
        return "an SBOM or a dependency scan lists the components of the build";
    }

    @Override
    public Optional<String> validate(final RuleSettings settings) {
        for (String name : settings.texts("warnAt")) {
            if (SafetyClass.parse(name).isEmpty()) {
                return Optional.of("warnAt lists safety classes, not '" + name + "'");
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> weakening(final RuleSettings settings) {
        Set<SafetyClass> warned = warnAt(settings);
        warned.retainAll(TableA1.required(ID));
        return warned.isEmpty()
                ? Optional.empty()
                : Optional.of("warnAt: " + TableA1.names(warned)
                        + " (a build without a component list only warns at a class Table A.1 requires it for)");
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        SafetyClass safetyClass = context.systemClass();
        if (!settings.appliesTo(safetyClass)) {
            return;
        }
        boolean warnOnly = warnAt(settings).contains(safetyClass);
        Baseline baseline = context.baseline();
        List<InputFile> sources = baseline.inputs().stream()
                .filter(input -> SOURCES.contains(input.kind()) && input.isReadable())
                .toList();
        if (sources.isEmpty()) {
            long declared = baseline.items().stream()
                    .filter(item -> ItemType.SOUP_ITEM.displayName().equals(item.type()))
                    .count();
            report(
                    findings,
                    warnOnly,
                    "components of the build",
                    "an SBOM (--cyclonedx) or a dependency scan (--dependency-check)",
                    "no SBOM and no dependency scan was given, so the components of the build are unknown and "
                            + (declared == 0
                                    ? "no SOUP item is declared"
                                    : "the " + declared + " declared SOUP item(s) cannot be checked against it")
                            + ": the SOUP of a Class " + safetyClass + " build cannot be shown identified");
            return;
        }
        for (InputFile source : sources) {
            if (baseline.soup().stream().noneMatch(entry -> listedBy(entry, source))) {
                report(
                        findings,
                        warnOnly,
                        source.path(),
                        "a component list naming the components of the build",
                        source.kind() + " report " + source.path()
                                + " lists no components: an empty component list is not a clean bill");
            }
        }
    }

    private static void report(
            final Findings findings,
            final boolean warnOnly,
            final String item,
            final String missing,
            final String message) {
        if (warnOnly) {
            findings.warn(item, missing, message);
        } else {
            findings.add(item, missing, message);
        }
    }

    /** The report names the component: its sources hold the report's path (as read, or relative to the base). */
    private static boolean listedBy(final SoupEntry entry, final InputFile source) {
        for (String read : entry.component().sources()) {
            try {
                if (read.equals(source.path())
                        || Path.of(read)
                                .normalize()
                                .endsWith(Path.of(source.path()).normalize())) {
                    return true;
                }
            } catch (InvalidPathException e) {
                // a name no path can hold is not this report
            }
        }
        return false;
    }

    private static Set<SafetyClass> warnAt(final RuleSettings settings) {
        Set<SafetyClass> classes = EnumSet.noneOf(SafetyClass.class);
        settings.texts("warnAt").forEach(name -> SafetyClass.parse(name).ifPresent(classes::add));
        return classes;
    }
}
