package io.trace62304.vuln;

import java.util.Objects;

/**
 * One entry of the CISA Known Exploited Vulnerabilities catalogue.
 *
 * @param cveId             e.g. {@code CVE-2021-44228}
 * @param vendorProject     the vendor or project
 * @param product           the product
 * @param dateAdded         when CISA added it ({@code YYYY-MM-DD})
 * @param dueDate           the remediation due date for US federal agencies
 * @param requiredAction    what CISA asks to be done
 * @param ransomwareUse     {@code Known} or {@code Unknown}
 */
public record KevEntry(
        String cveId,
        String vendorProject,
        String product,
        String dateAdded,
        String dueDate,
        String requiredAction,
        String ransomwareUse) {
    public KevEntry {
        Objects.requireNonNull(cveId);
        Objects.requireNonNull(dateAdded);
    }
}
