/** OWASP Dependency-Check reports, XML (schemas 1.x–4.x) and JSON: SOUP candidates and their anomaly lists (IEC 62304 7.1.3, 8.1.2). */
package io.trace62304.depcheck;
