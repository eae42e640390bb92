/**
 * One build's evidence: its identity (job, build, VCS revisions, artifacts, tools; 5.8.4, 5.8.5, 8.1) and the
 * reports it left (tests, dependency scans, SBOMs, coverage). Inputs that cannot be read are kept as problems,
 * never dropped, so the gate can fail closed and say what it could not check.
 */
package io.trace62304.evidence;
