package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import java.util.Optional;

/**
 * Finds the installed Trace62304 Forge validator (jira-app/forge) on a Cloud site: Jira lists the workflow rules of
 * installed Forge apps among a project's workflow capabilities, each with its extension ARI, which ends in the
 * module key.
 */
public final class ForgeApp {
    /** The validator's module key in {@code jira-app/forge/manifest.yml}. */
    public static final String MODULE_KEY = "trace62304-class-rules";

    private ForgeApp() {}

    /** The validator's extension ARI, or empty when the app is not installed (or the site is Data Center). */
    public static Optional<String> find(final JiraClient client, final String projectKey) throws JiraException {
        if (client.flavour() != Flavour.CLOUD) {
            return Optional.empty();
        }
        Optional<JsonNode> project = client.project(projectKey);
        JsonNode issueType = project.map(p -> p.path("issueTypes").path(0)).orElse(null);
        if (issueType == null || issueType.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode capabilities = client.admin()
                .workflows()
                .capabilities(
                        project.get().path("id").asText(), issueType.path("id").asText());
        for (JsonNode rule : capabilities.path("forgeRules")) {
            String id = rule.path("id").asText();
            if ("Validator".equals(rule.path("ruleType").asText()) && id.endsWith("/static/" + MODULE_KEY)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
