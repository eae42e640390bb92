/** CycloneDX SBOMs (spec 1.x, JSON and XML): SOUP components, dependency graph, vulnerabilities with VEX (IEC 62304 7.1.3, 8.1.2). */
package io.trace62304.sbom;
