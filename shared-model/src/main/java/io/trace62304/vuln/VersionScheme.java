package io.trace62304.vuln;

import java.util.Locale;
import java.util.Optional;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.semver4j.Semver;

/**
 * How an ecosystem orders its versions. Maven's own {@link ComparableVersion} for Maven; semantic versioning
 * (semver4j, with Go's leading {@code v} dropped) for the ecosystems that use it. Ecosystems with orderings of
 * their own (PyPI's PEP 440, Debian, RubyGems) have none here, so their ranges stay undetermined.
 */
public enum VersionScheme {
    MAVEN {
        @Override
        public Optional<Integer> compare(final String a, final String b) {
            if (a.isBlank() || b.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(
                    Integer.signum(new ComparableVersion(a.strip()).compareTo(new ComparableVersion(b.strip()))));
        }
    },
    SEMVER {
        @Override
        public Optional<Integer> compare(final String a, final String b) {
            Semver left = semver(a);
            Semver right = semver(b);
            return left == null || right == null
                    ? Optional.empty()
                    : Optional.of(Integer.signum(left.compareTo(right)));
        }
    };

    /**
     * @param a a version in this scheme
     * @param b another
     * @return the sign of their ordering, or empty when this scheme cannot read either of them
     */
    public abstract Optional<Integer> compare(String a, String b);

    /**
     * @param purlType a package URL type: {@code maven}, {@code npm}, {@code cargo}, {@code golang}…
     * @return its ordering, if we know it
     */
    public static Optional<VersionScheme> forPackageType(final String purlType) {
        return Optional.ofNullable(
                switch (purlType.toLowerCase(Locale.ROOT)) {
                    case "maven" -> MAVEN;
                    case "npm", "cargo", "golang", "hex", "pub", "nuget", "swift" -> SEMVER;
                    default -> null;
                });
    }

    private static Semver semver(final String version) {
        String text = version.strip();
        if (text.startsWith("v") || text.startsWith("V")) {
            text = text.substring(1);
        }
        return text.isEmpty() ? null : Semver.parse(text);
    }
}
