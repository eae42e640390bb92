/**
 * The evidence pack (IEC 62304 5.1, 5.2, 5.8.2, 6.1, 7.3.3, 8.1.2): from one sealed, verified baseline, the
 * documents a hospital's supplier assessment or a notified body asks a device maker for (software requirements with
 * their text, traceability matrix, SOUP list, unresolved anomalies, release notes, development and maintenance plan
 * skeleton), each as self-contained HTML, with the SBOM and a manifest of SHA-256 digests bound to the baseline
 * digest. Same inputs, same bytes.
 */
package io.trace62304.pack;
