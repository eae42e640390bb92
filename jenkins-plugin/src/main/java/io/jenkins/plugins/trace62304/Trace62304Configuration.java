package io.jenkins.plugins.trace62304;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

import hudson.Extension;
import hudson.ExtensionList;
import jenkins.model.GlobalConfiguration;
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

    /** A form without sites sends no {@code sites} at all: start from none, so deleting the last one sticks. */
    @Override
    public boolean configure(final StaplerRequest2 req, final JSONObject json) throws FormException {
        sites = new ArrayList<>();
        return super.configure(req, json);
    }
}
