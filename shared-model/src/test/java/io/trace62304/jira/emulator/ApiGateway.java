package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.trace62304.jira.emulator.JiraEmulator.Response;
import java.util.Map;

/**
 * Atlassian's API gateway in front of a Cloud site, as Atlassian documents it for scoped API tokens and OAuth 2.0:
 * the site's REST API is also reached at {@code https://api.atlassian.com/ex/jira/{cloudId}/rest/…}, the
 * {@code cloudId} is answered anonymously by {@code https://<site>/_edge/tenant_info}, and a scoped token works only
 * through the gateway (the site itself answers 401). The emulator serves the gateway's paths on its own address.
 */
final class ApiGateway {
    static final String CLOUD_ID = "6a1c0b52-4e9d-4c8f-a2b7-3f0d9e8c7b61";
    static final String TENANT_INFO = "/_edge/tenant_info";
    private static final String PREFIX = "/ex/jira/";

    private volatile boolean scopedToken;

    /** From now on the accepted token is a scoped one: it works through the gateway only. */
    void requireGateway() {
        scopedToken = true;
    }

    boolean scopedToken() {
        return scopedToken;
    }

    static boolean isVia(final String path) {
        return path.startsWith(PREFIX);
    }

    /** The site path a gateway path stands for; null for another site's cloudId. */
    static String strip(final String path) {
        if (!isVia(path)) {
            return path;
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String cloudId = slash < 0 ? rest : rest.substring(0, slash);
        return CLOUD_ID.equals(cloudId) ? (slash < 0 ? "/" : rest.substring(slash)) : null;
    }

    static Response tenantInfo() {
        return Response.ok(JsonNodeFactory.instance.objectNode().put("cloudId", CLOUD_ID));
    }

    static Response unknownSite() {
        return new Response(404, JiraEmulator.error("Site not found for this cloudId."), Map.of());
    }

    static Response siteRefusesScopedToken() {
        return new Response(
                401,
                JiraEmulator.error(
                        "Scoped API tokens must be used through https://api.atlassian.com/ex/jira/{cloudId}."),
                Map.of());
    }
}
