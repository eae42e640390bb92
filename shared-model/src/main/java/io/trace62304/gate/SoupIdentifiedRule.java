package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemField;
import io.trace62304.soup.SoupEntry;
import io.trace62304.soup.SoupOutcome;
import io.trace62304.soup.Suppliers;
import java.util.Locale;
import java.util.Set;

/**
 * 8.1.2: every component in the build has a SOUP item that names its exact version, and every SOUP item gives
 * the title, the manufacturer and the unique designation the clause asks for. The manufacturer is the SOUP item's
 * {@code SOUP Manufacturer}, else the supplier the SBOM names; when both are given they must agree.
 */
final class SoupIdentifiedRule implements Rule {
    private static final Set<String> SCOPES =
            Set.of("", "build", "runtime", "platform", "operating system", "operating-system", "os");

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
        return "every component of the build is a SOUP item identified by title, manufacturer and exact version";
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
            if (entry.outcome() != SoupOutcome.MISSING_ITEM) {
                context.item(entry.itemKey()).ifPresent(item -> identity(entry, item, findings));
            }
        }
    }

    /** Title, manufacturer and unique designation of one SOUP item (8.1.2), and a scope the gate knows. */
    private static void identity(final SoupEntry entry, final ItemState item, final Findings findings) {
        String key = item.key();
        if (item.summary().isBlank()) {
            findings.add(key, "a title", "SOUP item " + key + " has no title (summary)");
        }
        if (entry.itemVersion().isBlank()) {
            findings.add(
                    key,
                    "a unique designation",
                    "SOUP item " + key + " names no version (SOUP Version or a Package URL with a version)");
        }
        String scope = item.field(ItemField.SOUP_SCOPE.fieldName());
        if (!SCOPES.contains(scope.strip().toLowerCase(Locale.ROOT))) {
            findings.add(
                    key,
                    "a known SOUP Scope",
                    "SOUP item " + key + " has SOUP Scope '" + scope + "'; it is build, runtime or platform");
        }
        String manufacturer =
                item.field(ItemField.SOUP_MANUFACTURER.fieldName()).strip();
        String supplier = entry.component().supplier().strip();
        if (manufacturer.isEmpty() && supplier.isEmpty()) {
            findings.add(
                    key,
                    "a manufacturer",
                    "SOUP item " + key + " (" + entry.component().name() + ") names no manufacturer: set SOUP"
                            + " Manufacturer (no SBOM names a supplier for it)");
        } else if (!manufacturer.isEmpty()
                && !supplier.isEmpty()
                && entry.outcome() != SoupOutcome.DECLARED
                && !Suppliers.agree(manufacturer, supplier)) {
            findings.add(
                    key,
                    "a manufacturer the SBOM agrees with",
                    "SOUP item " + key + " names manufacturer '" + manufacturer + "', but the SBOM names supplier '"
                            + supplier + "' for " + entry.component().name() + " "
                            + entry.component().version()
                            + ": correct the SOUP item, or check that the build contains the component it means");
        }
    }
}
