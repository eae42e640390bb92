package io.jenkins.plugins.trace62304;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.security.Permission;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;

/** The Jira sites jobs can name (Manage Jenkins » System, and {@code unclassified: trace62304:} in JCasC). */
@Extension
@Symbol("trace62304")
public final class Trace62304Configuration extends GlobalConfiguration {
    private List<JiraSite> sites = new ArrayList<>();

    public Trace62304Configuration() {
        super();
        load();
    }

    public static Trace62304Configuration get() {
        return ExtensionList.lookupSingleton(Trace62304Configuration.class);
    }

    public List<JiraSite> getSites() {
        return List.copyOf(sites);
    }

    @DataBoundSetter
    public void setSites(final List<JiraSite> sites) {
        this.sites = sites == null ? new ArrayList<>() : new ArrayList<>(sites);
        save();
    }

    Optional<JiraSite> site(final String name) {
        return sites.stream().filter(site -> site.getName().equals(name)).findFirst();
    }

    /**
     * A form without sites sends no {@code sites} key at all, and {@code bindJSON} calls no setter for an absent
     * key: start from none and save whatever was bound, so deleting the last site sticks.
     */
    @Override
    public boolean configure(final StaplerRequest2 req, final JSONObject json) throws FormException {
        sites = new ArrayList<>();
        boolean configured = super.configure(req, json);
        save();
        return configured;
    }

    /**
     * Administer, not {@link Jenkins#MANAGE}: a site binds a credential to a URL, so whoever may edit sites could
     * send a stored token to a host of their choosing. MANAGE is meant for settings that grant no such access.
     */
    @NonNull
    @Override
    public Permission getRequiredGlobalConfigPagePermission() {
        return Jenkins.ADMINISTER;
    }
}
