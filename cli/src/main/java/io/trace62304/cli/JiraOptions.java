package io.trace62304.cli;

import io.trace62304.jira.CloudGateway;
import io.trace62304.jira.Credentials;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraHttp;
import io.trace62304.jira.Secret;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * How to reach Jira. The token is never a command-line argument (it would show in process lists and shell
 * history): it comes from the environment variable {@value #TOKEN_VARIABLE} or from a file.
 */
final class JiraOptions {
    static final String TOKEN_VARIABLE = "TRACE62304_JIRA_TOKEN";

    @Option(
            names = "--jira",
            paramLabel = "URL",
            description = "Jira site, e.g. https://example.atlassian.net "
                    + "or https://jira.example.com (Cloud or Data Center is detected), "
                    + "or a Cloud site through Atlassian's gateway, https://api.atlassian.com/ex/jira/CLOUD_ID.")
    URI site;

    @Option(
            names = "--jira-scoped-token",
            description = "The token is a Cloud scoped API token: reach the site through Atlassian's gateway, "
                    + "its cloudId read from the site's /_edge/tenant_info.")
    boolean scopedToken;

    @Option(
            names = "--jira-gateway",
            paramLabel = "URL",
            description = "Atlassian's API gateway for --jira-scoped-token (default: ${DEFAULT-VALUE}).")
    URI gateway = CloudGateway.ATLASSIAN;

    @Option(
            names = "--jira-user",
            paramLabel = "USER",
            description =
                    "E-mail (Cloud API token) or user name "
                            + "(Data Center password) for Basic authentication; without it the token is sent as a Bearer token (PAT).")
    String user;

    @Option(
            names = "--jira-token-file",
            paramLabel = "FILE",
            description =
                    "File holding the API token or PAT; " + "default: the environment variable " + TOKEN_VARIABLE + ".")
    Path tokenFile;

    boolean isSet() {
        return site != null;
    }

    JiraClient connect(final Consumer<String> log) throws IOException, JiraException {
        Secret token = Secret.of(token());
        Credentials credentials = user == null ? Credentials.bearer(token) : Credentials.basic(user, token);
        URI base = site;
        if (scopedToken && !CloudGateway.isBase(site)) {
            base = CloudGateway.base(gateway, CloudGateway.cloudId(JiraHttp.of(site, credentials, log)));
        }
        JiraClient client = JiraClient.connect(JiraHttp.of(base, credentials, log));
        client.myself(); // serverInfo answers anyone: this proves the credentials before any real work
        return client;
    }

    private String token() throws IOException {
        if (tokenFile != null) {
            return SmallFiles.text(tokenFile);
        }
        String token = System.getenv(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IOException("no Jira token: set " + TOKEN_VARIABLE + " or pass --jira-token-file");
        }
        return token;
    }
}
