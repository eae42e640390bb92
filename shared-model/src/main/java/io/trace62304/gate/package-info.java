/**
 * The release gate (5.8 per safety class): a policy of rules, each serving a clause, evaluated over a
 * configuration baseline into PASS, FAIL or ERROR with findings an auditor can follow. An input that could not
 * be read makes the gate ERROR (it fails closed).
 */
package io.trace62304.gate;
