package io.jenkins.plugins.trace62304;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toStringFromYamlFile;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;

/** Jira sites configured as code, and exported back to the same YAML. */
@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeTest {
    @Test
    @ConfiguredWithCode("casc.yaml")
    void shouldImportTheSites(final JenkinsConfiguredWithCodeRule r) {
        assertThat(Trace62304Configuration.get().getSites()).extracting(JiraSite::getName, JiraSite::getDeployment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jira-cloud", JiraSite.Deployment.CLOUD),
                        org.assertj.core.groups.Tuple.tuple("jira-dc", JiraSite.Deployment.DATA_CENTER));
        assertThat(Trace62304Configuration.get().getSites().get(1).getCredentialsId()).isEqualTo("jira-dc-pat");
    }

    @Test
    @ConfiguredWithCode("casc.yaml")
    void shouldExportWhatItImported(final JenkinsConfiguredWithCodeRule r) throws Exception {
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        CNode exported = getUnclassifiedRoot(context).get("trace62304");

        assertThat(toYamlString(exported)).isEqualTo(toStringFromYamlFile(this, "casc-expected.yaml"));
    }
}
