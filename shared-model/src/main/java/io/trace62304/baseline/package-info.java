/**
 * The configuration baseline (5.8.4, 5.8.5, 8.1, 8.3): a canonical JSON record (RFC 8785) of what one build
 * built, tested and shipped, sealed with a SHA-256 digest and chained to the previous baseline, so tampering is
 * detected and two baselines can be diffed.
 */
package io.trace62304.baseline;
