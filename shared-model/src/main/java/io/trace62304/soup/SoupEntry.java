package io.trace62304.soup;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the SOUP list: a component of the build, the SOUP item it was reconciled with, and its
 * vulnerabilities with their final assessments. {@code NOT_IN_BUILD} entries have an item and no component;
 * {@code MISSING_ITEM} entries have a component and no item; {@code DECLARED} entries (runtime or platform SOUP)
 * have an item and the component it declares.
 */
public record SoupEntry(SoupOutcome outcome, Component component, String itemKey, String itemVersion) {
    public SoupEntry {
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(component);
        Objects.requireNonNull(itemKey);
        Objects.requireNonNull(itemVersion);
    }

    public List<ComponentVulnerability> vulnerabilities() {
        return component.vulnerabilities();
    }

    /** A stable identity for ordering and diffing: the component reference, else the package URL, else the key. */
    public String ref() {
        if (!component.ref().isEmpty()) {
            return component.ref();
        }
        return component.purl().isEmpty() ? itemKey : component.purl();
    }

    static Component absent(final String name, final String purl) {
        return new Component("", "", name, "", purl, Map.of(), List.of(), List.of(), List.of());
    }

    /** Runtime or platform SOUP as its SOUP item declares it: no scan names it, so it has no hashes or sources. */
    static Component declared(final String name, final String version, final String purl, final String supplier) {
        PackageUrl parsed = PackageUrl.parse(purl).orElse(null);
        String ref = parsed != null ? parsed.text() : name + (version.isEmpty() ? "" : "@" + version);
        return new Component(ref, "", name, version, purl, Map.of(), List.of(), List.of(), List.of(), supplier);
    }
}
