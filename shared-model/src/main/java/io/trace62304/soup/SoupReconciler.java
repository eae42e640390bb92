package io.trace62304.soup;

import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reconciles a build's components with the SOUP items: first by package URL coordinates (qualifiers and version
 * ignored), then by name; then the versions are compared. Vulnerability assessments written on the SOUP item
 * take precedence over VEX statements and scanner suppressions.
 */
public final class SoupReconciler {
    private final Map<String, List<Item>> byCoordinates = new HashMap<>();
    private final Map<String, List<Item>> byName = new HashMap<>();
    private final List<Item> soupItems;

    public SoupReconciler(final ItemSet items) {
        this.soupItems = items.ofType(ItemType.SOUP_ITEM);
        for (Item item : soupItems) {
            purlOf(item)
                    .ifPresent(p -> byCoordinates
                            .computeIfAbsent(p.coordinates(), k -> new ArrayList<>())
                            .add(item));
            byName.computeIfAbsent(normalise(item.summary()), k -> new ArrayList<>())
                    .add(item);
        }
    }

    /** One entry per component, then one per SOUP item no component matched; in reference order. */
    public List<SoupEntry> reconcile(final List<Component> components) {
        Set<String> used = new LinkedHashSet<>();
        List<SoupEntry> entries = new ArrayList<>();
        for (Component component : components) {
            List<Item> candidates = candidates(component);
            if (candidates.isEmpty()) {
                entries.add(new SoupEntry(SoupOutcome.MISSING_ITEM, component, "", ""));
                continue;
            }
            Item item = candidates.stream()
                    .filter(c -> versionOf(c).equals(component.version()))
                    .findFirst()
                    .orElse(candidates.get(0));
            used.add(item.key());
            boolean exact = versionOf(item).equals(component.version());
            entries.add(new SoupEntry(
                    exact ? SoupOutcome.MATCHED : SoupOutcome.VERSION_DRIFT,
                    assessed(component, item),
                    item.key(),
                    versionOf(item)));
        }
        for (Item item : soupItems) {
            if (used.contains(item.key())) {
                continue;
            }
            String purl = purlOf(item).map(PackageUrl::text).orElse("");
            entries.add(
                    isDeclared(item)
                            ? new SoupEntry(
                                    SoupOutcome.DECLARED,
                                    SoupEntry.declared(
                                            item.summary(),
                                            versionOf(item),
                                            purl,
                                            item.field(ItemField.SOUP_MANUFACTURER)
                                                    .orElse("")),
                                    item.key(),
                                    versionOf(item))
                            : new SoupEntry(
                                    SoupOutcome.NOT_IN_BUILD,
                                    SoupEntry.absent(item.summary(), purl),
                                    item.key(),
                                    versionOf(item)));
        }
        entries.sort(Comparator.comparing(SoupEntry::ref));
        return entries;
    }

    private List<Item> candidates(final Component component) {
        Optional<PackageUrl> purl = PackageUrl.parse(component.purl());
        if (purl.isPresent()) {
            List<Item> byPurl = byCoordinates.getOrDefault(purl.get().coordinates(), List.of());
            if (!byPurl.isEmpty()) {
                return byPurl;
            }
        }
        List<Item> named = new ArrayList<>(byName.getOrDefault(normalise(component.name()), List.of()));
        if (!component.group().isEmpty()) {
            named.addAll(byName.getOrDefault(normalise(component.group() + ":" + component.name()), List.of()));
        }
        return named.stream()
                .filter(item -> purlOf(item).isEmpty() || purl.isEmpty())
                .toList();
    }

    private static Component assessed(final Component component, final Item item) {
        Map<String, Assessment> notes = AssessmentNotes.parse(
                item.field(ItemField.VULNERABILITY_ASSESSMENT).orElse(""), "SOUP item " + item.key());
        if (notes.isEmpty()) {
            return component;
        }
        List<ComponentVulnerability> vulnerabilities = component.vulnerabilities().stream()
                .map(v -> notes.containsKey(v.id()) ? v.withAssessment(notes.get(v.id())) : v)
                .toList();
        return component.withVulnerabilities(vulnerabilities);
    }

    /** Whether the item declares runtime or platform SOUP ({@code SOUP Scope}), which no build scan lists. */
    public static boolean isDeclared(final Item item) {
        return SoupScope.of(item.field(ItemField.SOUP_SCOPE).orElse("")).isDeclared();
    }

    private static Optional<PackageUrl> purlOf(final Item item) {
        return item.field(ItemField.PACKAGE_URL).flatMap(PackageUrl::parse);
    }

    /** The SOUP item's exact version: its SOUP Version field, else the version in its package URL. */
    private static String versionOf(final Item item) {
        return item.field(ItemField.SOUP_VERSION)
                .orElseGet(() -> purlOf(item).map(PackageUrl::version).orElse(""));
    }

    private static String normalise(final String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
