/**
 * Release approvals in the spirit of 21 CFR 11.50/11.70: who (an authenticated identity and the printed name
 * from the signer's certificate), the meaning, the UTC time, bound to the digest of the baseline they approve
 * and signed, so an approval cannot be copied to another record; and the checks a release makes of them
 * (required meanings, two-person rule).
 */
package io.trace62304.approval;
