package io.jenkins.plugins.trace62304;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import org.jenkinsci.plugins.plaincredentials.StringCredentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ProxyConfiguration;
import hudson.model.Run;
import hudson.security.ACL;
import jenkins.model.Jenkins;

import io.trace62304.jira.Credentials;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraHttp;
import io.trace62304.jira.Secret;
import io.trace62304.jira.SiteAddress;
import io.trace62304.jira.SiteAddressException;

/**
 * Connects to a configured Jira site through Jenkins' proxy configuration, with credentials resolved for the
 * run's item (or, for "Test connection", for Jenkins itself). Secrets go straight into the client and are never
 * printed.
 */
final class JiraConnector {
    private JiraConnector() {
    }

    static JiraClient connect(final JiraSite site, final Run<?, ?> run, final Consumer<String> log)
            throws JiraException {
        StandardCredentials credentials = CredentialsProvider.findCredentialById(site.getCredentialsId(),
                StandardCredentials.class, run, URIRequirementBuilder.fromUri(site.getUrl()).build());
        return connect(site, credentials, log);
    }

    /** For the global configuration page, where there is no run: credentials visible to Jenkins itself. */
    static JiraClient connect(final JiraSite site, final Consumer<String> log) throws JiraException {
        List<StandardCredentials> all = CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class,
                Jenkins.get(), ACL.SYSTEM2, URIRequirementBuilder.fromUri(site.getUrl()).build());
        return connect(site, CredentialsMatchers.firstOrNull(all, CredentialsMatchers.withId(site.getCredentialsId())),
                log);
    }

    private static JiraClient connect(final JiraSite site, @CheckForNull final StandardCredentials credentials,
            final Consumer<String> log) throws JiraException {
        JiraClient client = JiraClient.connect(JiraHttp.of(address(site, log), toCredentials(site, credentials),
                ProxyConfiguration.newHttpClientBuilder(), log));
        client.myself(); // serverInfo answers anyone: this proves the credentials before any real work
        if (client.flavour() != site.getDeployment().flavour()) {
            log.accept(Messages.Site_FlavourMismatch(site.getName(), site.getDeployment(), client.flavour()));
        }
        return client;
    }

    /**
     * The site's URL, checked (no user info, http or https with a host). An administrator chose it in Jenkins'
     * configuration, so plain http to another machine is allowed there, with a warning in the log.
     */
    private static URI address(final JiraSite site, final Consumer<String> log) throws JiraException {
        try {
            URI url = SiteAddress.parse(site.getUrl());
            SiteAddress.checkTransport(url, true).ifPresent(log);
            return url;
        } catch (SiteAddressException e) {
            throw new JiraException(JiraException.Kind.CONNECTION, "Jira site " + site.getName(), 0,
                    List.of(e.getMessage()), null);
        }
    }

    private static Credentials toCredentials(final JiraSite site, @CheckForNull final StandardCredentials credentials)
            throws JiraException {
        if (credentials instanceof StandardUsernamePasswordCredentials user) {
            return Credentials.basic(user.getUsername(), Secret.of(user.getPassword().getPlainText()));
        }
        if (credentials instanceof StringCredentials token) {
            return Credentials.bearer(Secret.of(token.getSecret().getPlainText()));
        }
        throw new JiraException(JiraException.Kind.AUTHENTICATION, "credentials " + site.getCredentialsId(), 0,
                List.of(Messages.Site_NoCredentials(site.getCredentialsId())), null);
    }
}
