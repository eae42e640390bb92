package io.trace62304.jira;

/** The two deployments: where their API lives and how their rich text and search differ. */
public enum Flavour {
    /** Jira Cloud: REST v3, ADF rich text, enhanced search with {@code nextPageToken}. */
    CLOUD("/rest/api/3"),
    /** Jira Data Center 9–11: REST v2, wiki-markup text, search with {@code startAt}/{@code total}. */
    DATA_CENTER("/rest/api/2");

    private final String api;

    Flavour(final String api) {
        this.api = api;
    }

    /** The API path prefix, e.g. {@code /rest/api/3}. */
    public String api() {
        return api;
    }

    /** Reads {@code serverInfo.deploymentType}: {@code Cloud}, or {@code Server}/{@code DataCenter}. */
    static Flavour ofDeploymentType(final String deploymentType) {
        return "Cloud".equalsIgnoreCase(deploymentType) ? CLOUD : DATA_CENTER;
    }
}
