package io.trace62304.vuln;

import io.trace62304.soup.PackageUrl;
import java.util.Locale;
import java.util.Optional;

/**
 * What identifies a package across sources: the package URL type, namespace and name, without version,
 * qualifiers or subpath ({@code pkg:maven/org.yaml/snakeyaml}).
 *
 * @param coordinates {@code pkg:type/namespace/name}
 */
public record PackageKey(String coordinates) {
    /**
     * @param purl a package URL, with or without version and qualifiers
     * @return its key, or empty if the text is no package URL
     */
    public static Optional<PackageKey> ofPurl(final String purl) {
        return PackageUrl.parse(purl).map(p -> new PackageKey(p.coordinates()));
    }

    /**
     * The key of an OSV {@code affected[].package}: its {@code purl} when given, else its ecosystem and name as
     * the OSV schema defines them ({@code Maven} {@code group:artifact}, {@code npm} {@code @scope/name}, {@code
     * Go} module path…).
     *
     * @param ecosystem e.g. {@code Maven}, {@code PyPI}, {@code Debian:12}
     * @param name      the package name in that ecosystem
     * @return its key, or empty for an ecosystem without a package URL type
     */
    public static Optional<PackageKey> ofOsv(final String ecosystem, final String name) {
        String base = ecosystem.contains(":") ? ecosystem.substring(0, ecosystem.indexOf(':')) : ecosystem;
        String type = switch (base.toLowerCase(Locale.ROOT)) {
            case "maven" -> "maven";
            case "npm" -> "npm";
            case "pypi" -> "pypi";
            case "go" -> "golang";
            case "crates.io" -> "cargo";
            case "nuget" -> "nuget";
            case "rubygems" -> "gem";
            case "packagist" -> "composer";
            case "hex" -> "hex";
            case "pub" -> "pub";
            case "swifturl" -> "swift";
            default -> "";
        };
        if (type.isEmpty() || name.isBlank()) {
            return Optional.empty();
        }
        String path = "maven".equals(type) ? name.strip().replace(':', '/') : name.strip();
        return ofPurl("pkg:" + type + "/" + encodeScope(path));
    }

    /** @return the package URL type, e.g. {@code maven} */
    public String type() {
        return coordinates.substring("pkg:".length(), coordinates.indexOf('/'));
    }

    private static String encodeScope(final String path) {
        return path.startsWith("@") ? "%40" + path.substring(1) : path;
    }
}
