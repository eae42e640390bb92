package io.trace62304.cli;

import io.trace62304.jira.CloudGateway;
import io.trace62304.jira.Credentials;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraHttp;
import io.trace62304.jira.Secret;
import io.trace62304.jira.SiteAddress;
import io.trace62304.jira.SiteAddressException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * How to reach Jira. The token is never a command-line argument (it would show in process lists and shell
 * history): it comes from the environment variable {@value #TOKEN_VARIABLE} or from a file. The URLs are read as text
 * and checked by {@link SiteAddress} (no user info, http only to this machine unless allowed), so a refused URL is
 * named without its user info, in one line (docs/security.md).
 */
final class JiraOptions {
    static final String TOKEN_VARIABLE = "TRACE62304_JIRA_TOKEN";

    @Option(
            names = "--jira",
            paramLabel = "URL",
            description = "Jira site, e.g. https://example.atlassian.net "
                    + "or https://jira.example.com (Cloud or Data Center is detected), "
                    + "or a Cloud site through Atlassian's gateway, https://api.atlassian.com/ex/jira/CLOUD_ID. "
                    + "No user or password in the URL: see --jira-user and --jira-token-file.")
    String site;

    @Option(
            names = "--jira-allow-insecure-http",
            description = "Allow a plain http:// Jira URL to another machine (the token crosses the network in "
                    + "clear text; a warning is printed). Without it only https, or http to this machine, is used.")
    boolean allowInsecureHttp;

    @Option(
            names = "--jira-scoped-token",
            description = "The token is a Cloud scoped API token: reach the site through Atlassian's gateway, "
                    + "its cloudId read from the site's /_edge/tenant_info.")
    boolean scopedToken;

    @Option(
            names = "--jira-gateway",
            paramLabel = "URL",
            description = "Atlassian's API gateway for --jira-scoped-token (default: ${DEFAULT-VALUE}).")
    String gateway = CloudGateway.ATLASSIAN.toString();

    @Option(
            names = "--jira-user",
            paramLabel = "USER",
            description = "Without it the token is sent as a Bearer token: a Data Center personal access token (the "
                    + "default, and the only way on Data Center 11.3, where basic authentication is off by "
                    + "default) or a Cloud OAuth 2.0 token. With it, Basic authentication: the Cloud account's "
                    + "e-mail with its API token, or a Data Center user name with its password where the site "
                    + "still allows basic authentication.")
    String user;

    @Option(
            names = "--jira-token-file",
            paramLabel = "FILE",
            description = "File holding the token (a Data Center personal access token, or a Cloud API token); "
                    + "default: the environment variable " + TOKEN_VARIABLE + ".")
    Path tokenFile;

    boolean isSet() {
        return site != null;
    }

    /**
     * The site's URL, checked: a URL with user info, a malformed one or plain http to another machine without
     * {@code --jira-allow-insecure-http} is refused (a usage error); an allowed plain http one is warned about.
     */
    URI address(final Consumer<String> log) throws SiteAddressException {
        return checked(site, log);
    }

    JiraClient connect(final Consumer<String> log) throws IOException, JiraException, SiteAddressException {
        URI address = address(log);
        URI gatewayAddress = scopedToken ? checked(gateway, log) : null;
        Secret token = Secret.of(token());
        Credentials credentials = user == null ? Credentials.bearer(token) : Credentials.basic(user, token);
        URI base = address;
        if (scopedToken && !CloudGateway.isBase(address)) {
            base = CloudGateway.base(gatewayAddress, CloudGateway.cloudId(JiraHttp.of(address, credentials, log)));
        }
        JiraClient client = JiraClient.connect(JiraHttp.of(base, credentials, log));
        client.myself(); // serverInfo answers anyone: this proves the credentials before any real work
        return client;
    }

    private URI checked(final String url, final Consumer<String> log) throws SiteAddressException {
        try {
            URI address = SiteAddress.parse(url);
            SiteAddress.checkTransport(address, allowInsecureHttp)
                    .ifPresent(warning -> log.accept("trace62304: " + warning));
            return address;
        } catch (SiteAddressException e) {
            throw new SiteAddressException(e.problem(), e.getMessage() + advice(e.problem()));
        }
    }

    private static String advice(final SiteAddressException.Problem problem) {
        return switch (problem) {
            case USER_INFO ->
                "; give the user with --jira-user and the token in " + TOKEN_VARIABLE + " or --jira-token-file";
            case INSECURE -> ", or pass --jira-allow-insecure-http to accept that";
            case MALFORMED -> "";
        };
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
