package io.trace62304.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build environment is captured (5.8.5), by version only, and typed tools win over captured ones. */
class BuildEnvironmentTest {
    @TempDir
    Path temp;

    private static Properties system() {
        Properties system = new Properties();
        system.setProperty("os.name", "Linux");
        system.setProperty("os.version", "6.1.0-28-amd64");
        system.setProperty("os.arch", "amd64");
        system.setProperty("java.runtime.version", "21.0.5+11");
        system.setProperty("java.vendor", "Eclipse Adoptium");
        return system;
    }

    private Path jdk(final String name) throws IOException {
        Path home = Files.createDirectories(temp.resolve(name));
        Files.writeString(home.resolve("release"), """
                IMPLEMENTOR="Eclipse Adoptium"
                JAVA_VERSION="17.0.15"
                JAVA_VERSION_DATE="2025-04-15"
                """);
        return home;
    }

    private Path maven(final String name) throws IOException {
        Path home = Files.createDirectories(temp.resolve(name).resolve("lib"));
        Files.writeString(home.resolve("maven-core-3.9.9.jar"), "");
        Files.writeString(home.resolve("maven-model-3.9.9.jar"), "");
        return home.getParent();
    }

    @Test
    void shouldRecordTheBuildsJdkMavenOsAndCiByVersionOnly() throws IOException {
        Map<String, String> jenkins = Map.of(
                "JAVA_HOME", jdk("agent-1/jdk").toString(),
                "MAVEN_HOME", maven("agent-1/maven").toString(),
                "JENKINS_URL", "https://ci.example/");

        List<BuildInfo.Tool> tools = new BuildEnvironment(jenkins, system()).tools(List.of());

        assertThat(tools)
                .containsExactly(
                        new BuildInfo.Tool("java", "17.0.15 (Eclipse Adoptium)"),
                        new BuildInfo.Tool("os", "Linux 6.1.0-28-amd64 amd64"),
                        new BuildInfo.Tool("maven", "3.9.9"),
                        new BuildInfo.Tool("ci", "jenkins"));
        Map<String, String> otherAgent = Map.of(
                "JAVA_HOME", jdk("agent-2/opt/jdk").toString(),
                "MAVEN_HOME", maven("agent-2/maven").toString(),
                "JENKINS_URL", "https://ci.example/");
        assertThat(new BuildEnvironment(otherAgent, system()).tools(List.of()))
                .as("two agents of one image record the same environment")
                .isEqualTo(tools);
    }

    @Test
    void shouldNameTheGatesJvmWhenTheBuildsJdkIsUnknown() {
        assertThat(new BuildEnvironment(Map.of(), system()).tools(List.of()))
                .first()
                .satisfies(java -> assertThat(java.version())
                        .isEqualTo("21.0.5+11 (Eclipse Adoptium; the JVM that ran the gate: set JAVA_HOME to record"
                                + " the build's JDK)"));
    }

    @Test
    void shouldCaptureGitHubAndGitLabRunners() {
        assertThat(new BuildEnvironment(
                                Map.of("GITHUB_ACTIONS", "true", "ImageOS", "ubuntu24", "ImageVersion", "20261201.1"),
                                system())
                        .tools(List.of()))
                .contains(
                        new BuildInfo.Tool("ci", "github-actions"),
                        new BuildInfo.Tool("runner-image", "ubuntu24 20261201.1"));
        assertThat(new BuildEnvironment(
                                Map.of(
                                        "GITLAB_CI",
                                        "true",
                                        "CI_SERVER_VERSION",
                                        "18.6.1",
                                        "CI_RUNNER_VERSION",
                                        "18.6.0"),
                                system())
                        .tools(List.of()))
                .contains(new BuildInfo.Tool("ci", "gitlab 18.6.1"), new BuildInfo.Tool("gitlab-runner", "18.6.0"));
    }

    @Test
    void shouldLetATypedToolReplaceTheCapturedOne() throws IOException {
        List<BuildInfo.Tool> tools = new BuildEnvironment(
                        Map.of("JAVA_HOME", jdk("jdk").toString()), system())
                .tools(List.of(BuildInfo.Tool.parse("java=17.0.15+6-LTS"), BuildInfo.Tool.parse("node=20.20.2")));

        assertThat(tools).contains(new BuildInfo.Tool("java", "17.0.15+6-LTS"), new BuildInfo.Tool("node", "20.20.2"));
        assertThat(tools).extracting(BuildInfo.Tool::name).doesNotHaveDuplicates();
    }
}
