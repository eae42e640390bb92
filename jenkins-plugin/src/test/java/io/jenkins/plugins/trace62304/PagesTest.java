package io.jenkins.plugins.trace62304;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.htmlunit.Page;
import org.htmlunit.ScriptException;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomAttr;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.DefaultJavaScriptErrorListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.slaves.EnvironmentVariablesNodeProperty;
import jenkins.security.csp.CspReceiver;
import net.sf.json.JSONObject;

/**
 * Opens the plugin's pages in a JenkinsRule (which sends an enforcing Content-Security-Policy header, core's
 * {@code DevelopmentHeaderDecider}) and fails on what a browser would block or report: inline script, event-handler
 * attributes and {@code javascript:} URLs in the page, a CSP report to core's reporting endpoint, a JavaScript error,
 * and a help link that answers no help. HtmlUnit does not enforce CSP itself, so the page's DOM is checked against
 * the rules the header states ({@code script-src} without {@code 'unsafe-inline'}).
 */
@WithJenkins
class PagesTest {
    private JenkinsRule r;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeEach
    void start(final JenkinsRule rule) {
        this.r = rule;
        r.jenkins.getGlobalNodeProperties().add(new EnvironmentVariablesNodeProperty(
                new EnvironmentVariablesNodeProperty.Entry("GIT_COMMIT", "abc123")));
    }

    @Test
    void shouldShowTheActionTheTrendAndTheFormsWithoutCspViolationsOrMissingHelp() throws Exception {
        FreeStyleProject project = project();
        r.buildAndAssertSuccess(project);
        FreeStyleBuild second = r.buildAndAssertSuccess(project);
        Trace62304Configuration.get().setSites(List.of(new JiraSite("jira", "https://jira.example.com", "")));

        try (JenkinsRule.WebClient web = web()) {
            HtmlPage action = check(web.getPage(second, "trace62304/"));
            assertThat(action.asNormalizedText()).contains("PUMP-2").contains("Traceability (IEC 62304 5.1.1, 7.3.3)")
                    .contains("SOUP (IEC 62304 8.1.2)");

            HtmlPage job = check(web.getPage(project));
            assertThat(job.querySelectorAll(".echarts-trend")).as("the trend chart").hasSize(1);

            // the recorder's option help is the step's (Descriptor.addHelpFileRedirect), one file per option
            HtmlPage configure = check(web.getPage(project, "configure"));
            assertThat(helpLinks(web, configure, Trace62304Step.class)).hasSameSizeAs(GateOptions.NAMES);

            HtmlPage global = check(web.goTo("manage/configure"));
            assertThat(global.asNormalizedText()).contains("IEC 62304 release gate").contains("Jira sites");
            assertThat(helpLinks(web, global, JiraSite.class)).hasSize(4);
        }
        assertThat(Reports.get().reports).as("CSP reports").isEmpty();
        assertThat(scriptErrors).as("JavaScript errors").isEmpty();
    }

    @Test
    void shouldShowTheStepFormInPipelineSyntaxWithItsHelp() throws Exception {
        try (JenkinsRule.WebClient web = web()) {
            HtmlPage syntax = check(web.goTo("pipeline-syntax/"));
            assertThat(syntax.asXml()).contains("trace62304");
            WebResponse help = web.goTo("descriptorByName/" + Trace62304Step.class.getName() + "/help/junit", null)
                    .getWebResponse();
            assertThat(help.getStatusCode()).isEqualTo(200);
            assertThat(help.getContentAsString()).contains("JUnit XML");
        }
        assertThat(scriptErrors).as("JavaScript errors").isEmpty();
    }

    @Test
    void shouldSaveTheDeletionOfTheLastJiraSite() throws Exception {
        Trace62304Configuration.get().setSites(List.of(new JiraSite("jira", "https://jira.example.com", "")));

        try (JenkinsRule.WebClient web = web()) {
            HtmlPage global = web.goTo("manage/configure");
            // the delete button of the repeated chunk that holds our site (the page has other repeatables)
            DomNode chunk = global.querySelector("input[value='https://jira.example.com']");
            while (chunk != null && !(chunk instanceof DomElement element
                    && element.getAttribute("class").contains("repeated-chunk"))) {
                chunk = chunk.getParentNode();
            }
            assertThat(chunk).as("the site's repeated chunk").isNotNull();
            ((HtmlElement) chunk.querySelector(".repeatable-delete")).click();
            r.submit(global.getFormByName("config"));
        }

        assertThat(Trace62304Configuration.get().getSites()).isEmpty();
        assertThat(new Trace62304Configuration().getSites()).as("as saved").isEmpty();
    }

    private JenkinsRule.WebClient web() {
        JenkinsRule.WebClient web = r.createWebClient();
        web.setJavaScriptErrorListener(new DefaultJavaScriptErrorListener() {
            @Override
            public void scriptException(final HtmlPage page, final ScriptException exception) {
                scriptErrors.add(page.getUrl() + ": " + exception.getMessage());
            }
        });
        return web;
    }

    /** The page sends an enforcing CSP and has nothing in it such a policy blocks. */
    private static HtmlPage check(final HtmlPage page) {
        String policy = page.getWebResponse().getResponseHeaderValue("Content-Security-Policy");
        assertThat(policy).as("CSP header of %s", page.getUrl()).isNotNull().contains("script-src")
                .doesNotContain("script-src 'unsafe-inline'");
        List<String> violations = new ArrayList<>();
        for (HtmlElement element : page.getDocumentElement().getElementsByTagName("*")) {
            String name = element.getTagName().toLowerCase(Locale.ROOT);
            String type = element.getAttribute("type");
            if ("script".equals(name) && !element.hasAttribute("src") && !"application/json".equals(type)
                    && !element.getTextContent().isBlank()) {
                violations.add("inline script: " + element.getTextContent().strip());
            }
            for (DomAttr attribute : element.getAttributesMap().values()) {
                String attr = attribute.getName().toLowerCase(Locale.ROOT);
                if (attr.matches("on[a-z]+") || attribute.getValue().strip().startsWith("javascript:")) {
                    violations.add(name + " " + attribute.getName() + "=" + attribute.getValue());
                }
            }
        }
        assertThat(violations).as("what the CSP of %s blocks", page.getUrl()).isEmpty();
        return page;
    }

    /**
     * The field help links of a describable's descriptor on a page ({@code helpURL} is the context path plus
     * {@code /descriptor/ID/help/FIELD}, core's {@code lib/form/helpLink.jelly}); each must answer its help.
     */
    private static List<String> helpLinks(final JenkinsRule.WebClient web, final HtmlPage page, final Class<?> owner)
            throws Exception {
        List<String> links = new ArrayList<>();
        for (DomNode node : page.querySelectorAll("a.jenkins-help-button")) {
            String url = ((DomElement) node).getAttribute("helpURL");
            if (url.contains("/descriptor/" + owner.getName() + "/help/")) {
                Page help = web.getPage(new URL(page.getUrl(), url));
                assertThat(help.getWebResponse().getStatusCode()).as(url).isEqualTo(200);
                assertThat(help.getWebResponse().getContentAsString()).as(url).contains("<div");
                links.add(url);
            }
        }
        return links;
    }

    private FreeStyleProject project() throws Exception {
        Trace62304Recorder recorder = new Trace62304Recorder();
        recorder.setItems("items.yaml");
        recorder.setJunit("reports/*.xml");
        recorder.setJacoco("jacoco.xml");
        recorder.setCyclonedx("bom.json");
        FreeStyleProject project = r.createFreeStyleProject();
        project.getBuildersList().add(new TestBuilder() {
            @Override
            public boolean perform(final AbstractBuild<?, ?> build, final Launcher launcher,
                    final BuildListener listener) throws java.io.IOException, InterruptedException {
                Workspaces.copyTo(build.getWorkspace());
                return true;
            }
        });
        project.getPublishersList().add(recorder);
        return project;
    }

    /** Collects what browsers send to core's CSP reporting endpoint ({@code jenkins.security.csp.CspReceiver}). */
    @TestExtension
    public static final class Reports implements CspReceiver {
        final List<String> reports = new ArrayList<>();

        static Reports get() {
            return hudson.ExtensionList.lookupSingleton(Reports.class);
        }

        @Override
        public void report(@NonNull final ViewContext context, final String userId, @NonNull final JSONObject report) {
            reports.add(context + ": " + report);
        }
    }
}
