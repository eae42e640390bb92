/**
 * The outputs of a gate run: the self-contained HTML report for auditors, the CycloneDX SBOM (1.6, or 1.7 on request) with VEX,
 * the findings as JSON and the rules as JUnit XML for any CI. Every output depends only on the baseline and
 * the gate result, so the same inputs give the same bytes.
 */
package io.trace62304.render;
