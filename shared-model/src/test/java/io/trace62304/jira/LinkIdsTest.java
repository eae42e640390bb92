package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The identities link-back writes under, and the state it keeps, for any build URL. */
class LinkIdsTest {
    @Test
    void shouldKeepEveryGlobalIdWithinJirasLimitAndStableForOneUrl() {
        String url = "https://ci.example/" + "job/a-very-long-folder-name/".repeat(40) + "job/pump/42/";

        assertThat(LinkIds.jobLink(url))
                .hasSize(79)
                .isEqualTo(LinkIds.jobLink(url))
                .startsWith("trace62304:job=");
        assertThat(LinkIds.releaseLink(url)).hasSize(83);
        assertThat(LinkIds.formerBuildLink(url)).as("never stored by Jira").isEmpty();
        assertThat(LinkIds.formerBuildLink("https://ci/job/pump/42/"))
                .contains("trace62304:build=https://ci/job/pump/42/");
        assertThat(LinkIds.jobLink("https://ci/job/pump/")).isNotEqualTo(LinkIds.jobLink("https://ci/job/pumps/"));
        assertThat(LinkIds.itemState(url)).hasSize("trace62304.job.".length() + 16);
    }

    @Test
    void shouldTakeTheJobFromTheBuildUrl() {
        assertThat(new LinkBack.Build("https://ci/job/f/job/pump/42/", "pump #42").job())
                .isEqualTo("https://ci/job/f/job/pump/");
        assertThat(new LinkBack.Build("https://ci/job/pump/42", "pump #42").job())
                .isEqualTo("https://ci/job/pump/");
        assertThat(new LinkBack.Build("jenkins:f/pump#42", "pump #42").job()).isEqualTo("jenkins:f/pump/");
        assertThat(new LinkBack.Build("https://ci/job/pump/42/", "pump #42", "pump", true).job())
                .isEqualTo("pump");
    }

    @Test
    void shouldReadBackWhatItWroteAndOrderNumericBuilds() {
        LinkState state = new LinkState("abc", Optional.of("def"), "42", Map.of("trace62304:release=1", "d1"));

        assertThat(LinkState.of(state.toJson())).isEqualTo(state);
        assertThat(LinkState.of(JsonNodeFactory.instance.objectNode().put("schema", "other/9")))
                .isEqualTo(LinkState.NONE);
        assertThat(LinkState.of(null)).isEqualTo(LinkState.NONE);
        assertThat(state.isNewerThan("41")).isTrue();
        assertThat(state.isNewerThan("42")).isFalse();
        assertThat(state.isNewerThan("100")).isFalse();
        assertThat(state.isNewerThan("release-7")).isFalse();
        assertThat(new LinkState("x", Optional.empty(), "0100", Map.of()).isNewerThan("99"))
                .isTrue();
    }
}
