package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.JiraException.Kind;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Atlassian's API gateway for Jira Cloud. Scoped API tokens (and OAuth 2.0 access tokens) work only through
 * {@code https://api.atlassian.com/ex/jira/{cloudId}}, not through the site's own URL; the site tells its
 * {@code cloudId} at {@code https://<site>.atlassian.net/_edge/tenant_info}. Below that base the REST paths are
 * the site's ({@code /rest/api/3/…}), so the client is the same.
 */
public final class CloudGateway {
    /** Atlassian's gateway. */
    public static final URI ATLASSIAN = URI.create("https://api.atlassian.com");

    private static final Pattern CLOUD_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern BASE = Pattern.compile("^/ex/jira/" + CLOUD_ID.pattern() + "/?$");

    private CloudGateway() {}

    /** Whether the URL is already a gateway base, {@code …/ex/jira/{cloudId}}. */
    public static boolean isBase(final URI url) {
        return url.getRawPath() != null && BASE.matcher(url.getRawPath()).matches();
    }

    /** {@code <gateway>/ex/jira/<cloudId>}. */
    public static URI base(final URI gateway, final String cloudId) {
        if (!CLOUD_ID.matcher(cloudId).matches()) {
            throw new IllegalArgumentException("not a Jira Cloud id: '" + cloudId + "'");
        }
        String root = gateway.toString().replaceFirst("/+$", "");
        return URI.create(root + "/ex/jira/" + cloudId);
    }

    /** The site's {@code cloudId}, from its {@code /_edge/tenant_info}. */
    public static String cloudId(final JiraHttp site) throws JiraException {
        JsonNode info = site.send(JiraRequest.get("/_edge/tenant_info"));
        String cloudId = info.path("cloudId").asText("");
        if (!CLOUD_ID.matcher(cloudId).matches()) {
            throw new JiraException(
                    Kind.PROTOCOL,
                    "GET /_edge/tenant_info",
                    200,
                    List.of("the site names no cloudId; a scoped API token needs a Jira Cloud site"),
                    null);
        }
        return cloudId;
    }
}
