/**
 * The risk chain of a configuration baseline (IEC 62304 7.3.3, 7.3.1, 5.2.3): each hazard with its severity, the
 * software items that cause it, the risk controls that mitigate it, the requirements and software items that
 * implement each control and the outcomes in this build of the tests that verify them, with the gaps named.
 * Read from the sealed baseline alone ({@link io.trace62304.risk.RiskChains#of}); rendered by
 * {@code render.ChainSection}.
 */
package io.trace62304.risk;
