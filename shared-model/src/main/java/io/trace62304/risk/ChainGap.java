package io.trace62304.risk;

/** A missing or failing link in the risk chain, with the clause that asks for it. */
public enum ChainGap {
    NO_RISK_CONTROL("no risk control mitigates this hazard", "7.2.1"),
    NO_CAUSE("no software item is recorded as its cause (Causes link)", "7.1.2, 7.3.3"),
    NOT_IMPLEMENTED("no requirement or software item implements this risk control", "5.2.3, 7.2.2"),
    MITIGATES_NO_HAZARD("this risk control mitigates no hazard in scope", "7.2.1, 7.3.3"),
    NOT_VERIFIED("not verified in this build (no passing test and no verification record)", "7.3.1, 5.7.4"),
    TEST_FAILING("a verifying test failed, errored or was flaky in this build", "7.3.1, 5.7.2");

    private final String description;
    private final String clause;

    ChainGap(final String description, final String clause) {
        this.description = description;
        this.clause = clause;
    }

    public String description() {
        return description;
    }

    public String clause() {
        return clause;
    }

    /** "no risk control mitigates this hazard (IEC 62304 7.2.1)". */
    public String describe() {
        return description + " (IEC 62304 " + clause + ")";
    }
}
