package io.trace62304.evidence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build environment, captured rather than typed (IEC 62304 5.8.5, 5.1.10, 8.1.3): the JDK the build used
 * ({@code JAVA_HOME}'s {@code release} file; else the JVM running the gate, named so), Maven ({@code MAVEN_HOME}),
 * the operating system, and the CI server where its environment says so (Jenkins, GitHub Actions, GitLab). Only
 * versions are recorded, never a path or a machine name, so the same build on two agents of the same image gives
 * the same baseline digest. Tools given explicitly ({@code --tool name=version}) replace captured ones of the same
 * name.
 */
public final class BuildEnvironment {
    private static final Pattern RELEASE_LINE = Pattern.compile("^(\\w+)=\"?([^\"]*)\"?$", Pattern.MULTILINE);
    private static final Pattern MAVEN_CORE = Pattern.compile("maven-core-(\\d[^/]*)\\.jar");

    private final Map<String, String> environment;
    private final Properties system;

    public BuildEnvironment(final Map<String, String> environment, final Properties system) {
        this.environment = Map.copyOf(environment);
        this.system = system;
    }

    /** The environment of this process. */
    public static BuildEnvironment current() {
        return new BuildEnvironment(System.getenv(), System.getProperties());
    }

    /** The captured tools, then {@code explicit} over them (same name: the explicit one). */
    public List<BuildInfo.Tool> tools(final List<BuildInfo.Tool> explicit) {
        Map<String, String> tools = new LinkedHashMap<>();
        tools.put("java", java());
        tools.put(
                "os",
                system.getProperty("os.name", "") + " " + system.getProperty("os.version", "") + " "
                        + system.getProperty("os.arch", ""));
        maven().ifPresent(version -> tools.put("maven", version));
        ci(tools);
        explicit.forEach(tool -> tools.put(tool.name(), tool.version()));
        List<BuildInfo.Tool> captured = new ArrayList<>();
        tools.forEach((name, version) -> captured.add(new BuildInfo.Tool(name, version.strip())));
        return captured;
    }

    private String java() {
        String home = environment.getOrDefault("JAVA_HOME", "");
        if (!home.isEmpty()) {
            Map<String, String> release = releaseFile(Path.of(home, "release"));
            if (release.containsKey("JAVA_VERSION")) {
                return release.get("JAVA_VERSION")
                        + (release.containsKey("IMPLEMENTOR") ? " (" + release.get("IMPLEMENTOR") + ")" : "");
            }
        }
        return system.getProperty("java.runtime.version", system.getProperty("java.version", "")) + " ("
                + system.getProperty("java.vendor", "") + "; the JVM that ran the gate: set JAVA_HOME to record"
                + " the build's JDK)";
    }

    private static Map<String, String> releaseFile(final Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            if (Files.isRegularFile(file) && Files.size(file) < 64 << 10) {
                Matcher matcher = RELEASE_LINE.matcher(Files.readString(file));
                while (matcher.find()) {
                    values.put(matcher.group(1), matcher.group(2));
                }
            }
        } catch (IOException e) {
            // an unreadable release file records no JDK version; the gate's JVM is named instead
        }
        return values;
    }

    private Optional<String> maven() {
        String home = environment.getOrDefault("MAVEN_HOME", environment.getOrDefault("M2_HOME", ""));
        Path lib = home.isEmpty() ? null : Path.of(home, "lib");
        if (lib == null || !Files.isDirectory(lib)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "maven-core-*.jar")) {
            for (Path jar : jars) {
                Matcher matcher = MAVEN_CORE.matcher(jar.getFileName().toString());
                if (matcher.matches()) {
                    return Optional.of(matcher.group(1));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private void ci(final Map<String, String> tools) {
        if (environment.containsKey("JENKINS_URL")) {
            tools.put("ci", "jenkins");
        } else if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
            tools.put("ci", "github-actions");
            put(
                    tools,
                    "runner-image",
                    environment.getOrDefault("ImageOS", "") + " " + environment.getOrDefault("ImageVersion", ""));
        } else if (environment.containsKey("GITLAB_CI")) {
            tools.put("ci", ("gitlab " + environment.getOrDefault("CI_SERVER_VERSION", "")).strip());
            put(tools, "gitlab-runner", environment.getOrDefault("CI_RUNNER_VERSION", ""));
        }
    }

    private static void put(final Map<String, String> tools, final String name, final String version) {
        if (!version.isBlank()) {
            tools.put(name, version.strip());
        }
    }
}
