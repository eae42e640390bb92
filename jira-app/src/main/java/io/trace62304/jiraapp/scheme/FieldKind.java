package io.trace62304.jiraapp.scheme;

/** The custom field types the scheme uses, with Jira's type and searcher keys (the same on Cloud and DC). */
public enum FieldKind {
    SELECT("select", "multiselectsearcher"),
    TEXT("textfield", "textsearcher"),
    TEXTAREA("textarea", "textsearcher"),
    DATE("datepicker", "daterange");

    private static final String PREFIX = "com.atlassian.jira.plugin.system.customfieldtypes:";

    private final String type;
    private final String searcher;

    FieldKind(final String type, final String searcher) {
        this.type = type;
        this.searcher = searcher;
    }

    public String typeKey() {
        return PREFIX + type;
    }

    public String searcherKey() {
        return PREFIX + searcher;
    }

    public boolean hasOptions() {
        return this == SELECT;
    }
}
