/**
 * The unresolved anomaly list of a release (IEC 62304 5.8.2, evaluated per 5.8.3): every known residual anomaly the
 * gate's inputs show, whatever it came from (a problem report, a closure without a fix, a test result, a SOUP
 * vulnerability), with what is recorded about its risk and its consequence for users.
 */
package io.trace62304.anomaly;
