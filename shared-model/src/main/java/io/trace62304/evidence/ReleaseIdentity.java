package io.trace62304.evidence;

import java.util.Locale;
import java.util.Objects;

/**
 * What a baseline is (IEC 62304 5.8.4, 8.3): a CI run, a release candidate or a release, of which product and
 * version. A baseline chains to the previous baseline of the same product and a kind {@link Kind#chainsTo} accepts,
 * so that the changes it lists are those since the last release, not since the last build.
 *
 * @param kind    what the build is
 * @param product the product's name, e.g. the Maven {@code groupId:artifactId}; empty when not given
 * @param version the product's version being released; empty when not given
 */
public record ReleaseIdentity(Kind kind, String product, String version) {
    /** A CI run of an unnamed product: what a baseline written before release kinds existed is. */
    public static final ReleaseIdentity CI_RUN = new ReleaseIdentity(Kind.CI_RUN, "", "");

    /** What a build is. */
    public enum Kind {
        CI_RUN("CI run"),
        RELEASE_CANDIDATE("release candidate"),
        RELEASE("release");

        private final String words;

        Kind(final String words) {
            this.words = words;
        }

        /** Whether a baseline of this kind releases software (and so must name its version). */
        public boolean releases() {
            return this != CI_RUN;
        }

        /** Whether a baseline of this kind may name one of {@code previous} as its previous baseline. */
        public boolean chainsTo(final Kind previous) {
            return switch (this) {
                case RELEASE -> previous == RELEASE;
                case RELEASE_CANDIDATE -> previous == RELEASE || previous == RELEASE_CANDIDATE;
                case CI_RUN -> true;
            };
        }

        /** The kind a command-line or configuration word names: ci, candidate (rc) or release. */
        public static Kind parse(final String word) {
            return switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "ci", "ci-run", "ci_run" -> CI_RUN;
                case "candidate", "rc", "release-candidate", "release_candidate" -> RELEASE_CANDIDATE;
                case "release" -> RELEASE;
                default ->
                    throw new IllegalArgumentException(
                            "unknown build kind '" + word + "': use ci, candidate or release");
            };
        }

        @Override
        public String toString() {
            return words;
        }
    }

    public ReleaseIdentity {
        Objects.requireNonNull(kind);
        product = Objects.requireNonNull(product).strip();
        version = Objects.requireNonNull(version).strip();
    }

    /** In words, e.g. "release 1.4.0 of com.example:pump". */
    public String describe() {
        String what = kind + (version.isEmpty() ? "" : " " + version);
        return product.isEmpty() ? what + " of an unnamed product" : what + " of " + product;
    }
}
