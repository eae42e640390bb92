package io.jenkins.plugins.trace62304;

import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;

/** What the options form offers and checks, shared by the step's and the post-build action's descriptors. */
final class OptionsForm {
    private OptionsForm() {
    }

    static ListBoxModel siteItems() {
        ListBoxModel model = new ListBoxModel();
        model.add(Messages.Options_NoSite(), "");
        for (JiraSite site : Trace62304Configuration.get().getSites()) {
            model.add(site.getName() + " (" + site.getUrl() + ")", site.getName());
        }
        return model;
    }

    static FormValidation checkJql(final String site, final String jql) {
        if (!Util.fixNull(site).isEmpty() && Util.fixNull(jql).isBlank()) {
            return FormValidation.error(Messages.Options_JqlRequired());
        }
        if (Util.fixNull(site).isEmpty() && !Util.fixNull(jql).isBlank()) {
            return FormValidation.warning(Messages.Options_JqlWithoutSite());
        }
        return FormValidation.ok();
    }

    static FormValidation checkItems(final String site, final String items) {
        boolean hasSite = !Util.fixNull(site).isEmpty();
        boolean hasItems = !Util.fixNull(items).isBlank();
        if (hasSite == hasItems) {
            return FormValidation.error(hasSite ? Messages.Options_ItemsOrSite() : Messages.Options_ItemsRequired());
        }
        return FormValidation.ok();
    }
}
