/**
 * Vulnerability data beyond the scanner's NVD/CPE matching (IEC 62304 7.1.3, 6.2.1; FDA premarket cybersecurity
 * guidance V.A.4(b)): OSV records (one JSON file per record, as OSV exports them), the CISA Known Exploited
 * Vulnerabilities catalogue, and the vulnerabilities Dependency-Check reports and CycloneDX VDR/VEX documents list.
 * Components are matched by package URL (qualifiers ignored) and version ranges, evaluated with each ecosystem's
 * own ordering (Maven's {@code ComparableVersion}, semantic versioning through semver4j); a range no known ordering
 * can evaluate gives {@link io.trace62304.vuln.Exposure#UNDETERMINED}, never "not affected".
 */
package io.trace62304.vuln;
