package io.trace62304.vuln;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One OSV {@code affected[]} entry: the package, its version ranges and its explicitly listed versions.
 *
 * @param key      the package
 * @param ranges   the version ranges
 * @param versions versions listed as affected
 */
public record AffectedPackage(PackageKey key, List<VersionRange> ranges, Set<String> versions) {
    public AffectedPackage {
        Objects.requireNonNull(key);
        ranges = List.copyOf(ranges);
        versions = Set.copyOf(versions);
    }

    /**
     * A listed version is affected; else the first range that contains it decides; a range that cannot be
     * evaluated makes the answer undetermined unless another range contains the version.
     *
     * @param version the component's exact version
     * @return whether it is affected
     */
    public Exposure evaluate(final String version) {
        if (versions.contains(version.strip())) {
            return Exposure.AFFECTED;
        }
        if (version.isBlank()) {
            return Exposure.UNDETERMINED;
        }
        Optional<VersionScheme> scheme = VersionScheme.forPackageType(key.type());
        boolean undetermined = ranges.isEmpty() && versions.isEmpty();
        for (VersionRange range : ranges) {
            Exposure exposure = range.evaluate(version, scheme);
            if (exposure == Exposure.AFFECTED) {
                return exposure;
            }
            // a commit range is enumerated by the listed versions where OSV gives them
            boolean enumerated = "GIT".equals(range.type()) && !versions.isEmpty();
            undetermined |= exposure == Exposure.UNDETERMINED && !enumerated;
        }
        return undetermined ? Exposure.UNDETERMINED : Exposure.NOT_AFFECTED;
    }

    /**
     * @param version the component's version
     * @return the fixing versions above it (all of them when the order is unknown), lowest first where the
     *     ecosystem's order is known
     */
    public List<String> fixedVersionsAbove(final String version) {
        Optional<VersionScheme> scheme = VersionScheme.forPackageType(key.type());
        Set<String> fixed = new LinkedHashSet<>();
        for (VersionRange range : ranges) {
            for (String candidate : range.fixedVersions()) {
                Optional<VersionScheme> ordering = "SEMVER".equals(range.type())
                        ? Optional.of(VersionScheme.SEMVER)
                        : "ECOSYSTEM".equals(range.type()) ? scheme : Optional.empty();
                boolean above = ordering.flatMap(s -> s.compare(candidate, version))
                        .map(c -> c > 0)
                        .orElse(!"GIT".equals(range.type()));
                if (above) {
                    fixed.add(candidate);
                }
            }
        }
        List<String> sorted = new ArrayList<>(fixed);
        scheme.ifPresent(s -> sorted.sort((a, b) -> s.compare(a, b).orElse(0)));
        return sorted;
    }
}
