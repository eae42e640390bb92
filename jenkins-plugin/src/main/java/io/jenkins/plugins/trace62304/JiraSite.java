package io.jenkins.plugins.trace62304;

import java.net.URI;
import java.net.URISyntaxException;

import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.model.Jenkins;

import io.trace62304.jira.Flavour;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;

/**
 * A Jira site the gate reads items from and links back to: a name jobs refer to, its URL, Cloud or Data Center,
 * and the ID of its credentials (user name + API token or password, or a secret-text personal access token).
 */
public final class JiraSite extends AbstractDescribableImpl<JiraSite> {
    /** How the site is deployed; the client also detects it and warns when the two disagree. */
    public enum Deployment {
        CLOUD(Flavour.CLOUD),
        DATA_CENTER(Flavour.DATA_CENTER);

        private final Flavour flavour;

        Deployment(final Flavour flavour) {
            this.flavour = flavour;
        }

        Flavour flavour() {
            return flavour;
        }

        public String getDisplayName() {
            return this == CLOUD ? Messages.Site_Cloud() : Messages.Site_DataCenter();
        }
    }

    private final String name;
    private final String url;
    private final String credentialsId;
    private Deployment deployment = Deployment.CLOUD;

    @DataBoundConstructor
    public JiraSite(final String name, final String url, final String credentialsId) {
        super();
        this.name = Util.fixNull(name).trim();
        this.url = Util.fixNull(url).trim();
        this.credentialsId = Util.fixNull(credentialsId);
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public Deployment getDeployment() {
        return deployment;
    }

    @DataBoundSetter
    public void setDeployment(final Deployment deployment) {
        this.deployment = deployment == null ? Deployment.CLOUD : deployment;
    }

    /** The site's form: its fields, credentials and "Test connection". */
    @Extension
    @Symbol("jiraSite")
    public static final class DescriptorImpl extends Descriptor<JiraSite> {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Site_DisplayName();
        }

        @POST
        public FormValidation doCheckName(@QueryParameter final String value) {
            FormAccess.checkAdminister();
            return Util.fixNull(value).isBlank() ? FormValidation.error(Messages.Site_NameRequired()) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckUrl(@QueryParameter final String value) {
            FormAccess.checkAdminister();
            try {
                URI uri = new URI(Util.fixNull(value).trim());
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    return FormValidation.error(Messages.Site_BadUrl());
                }
                return "http".equals(uri.getScheme()) ? FormValidation.warning(Messages.Site_PlainHttp())
                        : FormValidation.ok();
            }
            catch (URISyntaxException e) {
                return FormValidation.error(Messages.Site_BadUrl());
            }
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@QueryParameter final String url,
                @QueryParameter final String credentialsId) {
            FormAccess.checkAdminister();
            return new StandardListBoxModel().includeEmptyValue().includeMatchingAs(ACL.SYSTEM2, Jenkins.get(),
                    StandardCredentials.class, URIRequirementBuilder.fromUri(url).build(), CredentialsMatchers.anyOf(
                            CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
                            CredentialsMatchers.instanceOf(StringCredentials.class)))
                    .includeCurrentValue(Util.fixNull(credentialsId));
        }

        /** Connects with the form's values and names the user, the detected flavour, or what went wrong. */
        @POST
        public FormValidation doTestConnection(@QueryParameter final String name, @QueryParameter final String url,
                @QueryParameter final String credentialsId, @QueryParameter final String deployment) {
            FormAccess.checkAdminister();
            JiraSite site = new JiraSite(name, url, credentialsId);
            site.setDeployment(deployment == null || deployment.isEmpty() ? null : Deployment.valueOf(deployment));
            try {
                JiraClient client = JiraConnector.connect(site, message -> { });
                String user = client.myself().path("displayName").asText();
                if (client.flavour() != site.getDeployment().flavour()) {
                    return FormValidation.warning(Messages.Site_FlavourMismatch(site.getName(), site.getDeployment(),
                            client.flavour()));
                }
                return FormValidation.ok(Messages.Site_Connected(user, client.flavour()));
            }
            catch (JiraException | IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
