/**
 * SOUP (8.1.2, 5.3.3, 7.1.3): the components a build really contains, from Dependency-Check scans and CycloneDX
 * SBOMs, reconciled with the SOUP items of the item source by package URL (qualifiers ignored), then by name and
 * version; their vulnerabilities joined with the assessments recorded on the SOUP item or in VEX.
 */
package io.trace62304.soup;
