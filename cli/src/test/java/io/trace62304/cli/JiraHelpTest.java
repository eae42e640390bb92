package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 16: Data Center 11.3 LTS turns basic authentication off by default, so the help names the bearer personal
 * access token first and Basic authentication as the alternative; the words are Jira Cloud's current ones.
 */
class JiraHelpTest {
    @Test
    void shouldNameTheBearerPersonalAccessTokenFirst() {
        CliRun cli = new CliRun();

        assertThat(cli.run("jira", "plan", "--help")).isZero();

        String help = cli.out().replaceAll("\\s+", " ");
        assertThat(help).contains("personal access token").contains("Basic authentication");
        assertThat(help.indexOf("personal access token"))
                .as("the PAT (Bearer) before Basic authentication")
                .isLessThan(help.indexOf("Basic authentication"));
        assertThat(help).contains("Data Center 11.3");
    }
}
