/**
 * After release (IEC 62304 6.2.1, 6.2.5, 7.1.3; FD&C Act 524B(b)(1); FDA premarket cybersecurity guidance V.A.6
 * "all fielded versions"): re-evaluates the SOUP of released, sealed baselines against fresh vulnerability data and
 * reports per release what is new since the baseline was sealed.
 */
package io.trace62304.monitor;
