package io.trace62304.depcheck;

import java.util.List;
import java.util.Objects;

/**
 * One dependency found by the scan: a candidate SOUP item (IEC 62304 8.1.2).
 *
 * @param fileName        the file or virtual name the scanner reports
 * @param filePath        where it was found
 * @param virtual         {@code true} for dependencies without a file of their own (lock-file entries)
 * @param hashes          digests of the file
 * @param identifiers     package URLs, CPEs and other identifiers
 * @param license         the declared license text, or empty
 * @param vulnerabilities active vulnerabilities
 * @param suppressed      vulnerabilities a suppression file set aside, kept apart
 * @param related         related dependencies (the same library found in other places)
 */
public record Dependency(
        String fileName,
        String filePath,
        boolean virtual,
        Hashes hashes,
        List<Identifier> identifiers,
        String license,
        List<Vulnerability> vulnerabilities,
        List<Vulnerability> suppressed,
        List<RelatedDependency> related) {
    public Dependency {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(hashes);
        identifiers = List.copyOf(identifiers);
        vulnerabilities = List.copyOf(vulnerabilities);
        suppressed = List.copyOf(suppressed);
        related = List.copyOf(related);
    }

    /** @return the package URLs among the identifiers, in report order */
    public List<String> packageUrls() {
        return identifiers.stream()
                .filter(id -> "purl".equals(id.type()))
                .map(Identifier::value)
                .toList();
    }

    /**
     * Another place where the same library was found.
     *
     * @param fileName    its file name
     * @param filePath    its path
     * @param identifiers its identifiers
     */
    public record RelatedDependency(String fileName, String filePath, List<Identifier> identifiers) {
        public RelatedDependency {
            identifiers = List.copyOf(identifiers);
        }
    }
}
