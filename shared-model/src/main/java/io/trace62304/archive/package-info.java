/**
 * The release archive (IEC 62304 5.8.7, 5.8.8): one self-contained, verifiable copy of a release record (the
 * baseline, its signatures and approvals, the gate's outputs and every report the gate read), with a manifest of
 * SHA-256 digests, written to a directory or a ZIP file, so that retention does not depend on a CI server's build
 * discarders. {@link io.trace62304.archive.ReleaseArchiver} writes one; {@link io.trace62304.archive.ArchiveVerifier}
 * checks one end to end.
 */
package io.trace62304.archive;
