package io.trace62304.vuln;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** OSV records by the packages they affect, for matching component versions. */
public final class AdvisoryIndex {
    private final Map<PackageKey, List<Entry>> byPackage = new HashMap<>();
    private int records;

    /** Adds a record under each package it affects. */
    public AdvisoryIndex add(final Advisory advisory) {
        records++;
        for (AffectedPackage affected : advisory.affected()) {
            byPackage.computeIfAbsent(affected.key(), k -> new ArrayList<>()).add(new Entry(advisory, affected));
        }
        return this;
    }

    /** @return how many records were added */
    public int size() {
        return records;
    }

    /**
     * @param key     the component's package
     * @param version its exact version
     * @return the records that affect it or may affect it (undetermined ranges), one match per record, named by
     *     their CVE where they alias one (scanners and SOUP item notes name vulnerabilities by CVE)
     */
    public List<VulnerabilityMatch> match(final PackageKey key, final String version) {
        List<VulnerabilityMatch> matches = new ArrayList<>();
        for (Entry entry : byPackage.getOrDefault(key, List.of())) {
            Exposure exposure = entry.affected().evaluate(version);
            if (exposure != Exposure.NOT_AFFECTED) {
                Advisory advisory = entry.advisory();
                List<String> ids = new ArrayList<>(advisory.identifiers());
                String id = ids.stream()
                        .filter(i -> i.startsWith("CVE-"))
                        .findFirst()
                        .orElse(advisory.id());
                ids.remove(id);
                matches.add(new VulnerabilityMatch(
                        id,
                        ids,
                        advisory.severity(),
                        advisory.score(),
                        exposure,
                        entry.affected().fixedVersionsAbove(version),
                        List.of(advisory.source()),
                        ""));
            }
        }
        return matches;
    }

    private record Entry(Advisory advisory, AffectedPackage affected) {}
}
