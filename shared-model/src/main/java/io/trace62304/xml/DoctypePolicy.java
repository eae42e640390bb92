package io.trace62304.xml;

/** What a format may carry in its document type declaration. No DTD is ever loaded, whatever the policy. */
public enum DoctypePolicy {
    /** Any DOCTYPE is refused (formats whose producers never write one, or handed on to a third-party parser). */
    REFUSE,
    /**
     * A DOCTYPE that only names an external DTD (as JaCoCo's {@code "report.dtd"} line does) is accepted and
     * ignored; one with an internal subset (entity declarations: XXE, expansion bombs) is refused.
     */
    IGNORE_EXTERNAL_ONLY
}
