package io.trace62304.jenkinsviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Jelly view and help file of the Jenkins plugin, checked in the default build (the plugin itself builds only
 * where the Jenkins repository is reachable). The rules are the ones that broke pages in a real Jenkins or that
 * Jenkins' content security policy (enforced under JenkinsRule and in development mode since 2.539) and the
 * plugin hosting checks apply: localizable texts Stapler can parse, no inline script or style, no event-handler
 * attributes, no legacy {@code checkUrl} without {@code checkDependsOn}, escaping on, and a help file per field.
 */
class PluginViewsTest {
    private static final Path RESOURCES = Path.of(System.getProperty(
                    "trace62304.plugin.resources",
                    Path.of("..", "src", "main", "resources").toString()))
            .toAbsolutePath()
            .normalize();

    /** The plugin's descriptors' resource folder. */
    private static final Path CLASSES = RESOURCES.resolve("io/jenkins/plugins/trace62304");

    /**
     * Whose help the shared options form uses: the step's, next to {@code Trace62304Step}, where Pipeline Syntax
     * reads it; the recorder's descriptor redirects there ({@code Descriptor.addHelpFileRedirect}).
     */
    private static final Path OPTIONS_HELP = CLASSES.resolve("Trace62304Step");

    static Stream<Path> jellyFiles() throws IOException {
        return files(".jelly");
    }

    static Stream<Path> helpFiles() throws IOException {
        return files(".html");
    }

    @Test
    void shouldFindTheViews() throws IOException {
        assertThat(jellyFiles()).as("Jelly views under %s", RESOURCES).hasSizeGreaterThanOrEqualTo(8);
        assertThat(helpFiles()).as("help files under %s", RESOURCES).hasSizeGreaterThanOrEqualTo(17);
    }

    @ParameterizedTest
    @MethodSource("jellyFiles")
    void shouldEscapeByDefault(final Path jelly) throws IOException {
        assertThat(Files.readString(jelly)).startsWith("<?jelly escape-by-default='true'?>");
    }

    @ParameterizedTest
    @MethodSource("jellyFiles")
    void shouldOnlyHaveLocalizableTextsStaplerCanParse(final Path jelly) throws IOException {
        View view = View.read(jelly);

        List<String> problems = new ArrayList<>();
        for (View.Located text : view.texts()) {
            StaplerText.problem(text.text())
                    .ifPresent(problem -> problems.add(where(jelly, text.line()) + ": " + problem));
        }

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource({"jellyFiles", "helpFiles"})
    void shouldHaveNoInlineScriptOrStyle(final Path file) throws IOException {
        assertThat(cspProblems(View.read(file))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("jellyFiles")
    void shouldHaveNoLegacyCheckUrl(final Path jelly) throws IOException {
        assertThat(View.read(jelly).elements())
                .filteredOn(element -> element.attributes().containsKey("checkUrl"))
                .allSatisfy(element -> assertThat(element.attributes())
                        .as(where(jelly, element.line()) + ": checkUrl needs checkDependsOn")
                        .containsKey("checkDependsOn"));
    }

    @ParameterizedTest
    @MethodSource("jellyFiles")
    void shouldHaveAHelpFilePerField(final Path jelly) throws IOException {
        Path folder = jelly.getParent();
        List<String> missing = new ArrayList<>();
        for (View.Element element : View.read(jelly).elements()) {
            String field = element.attributes().get("field");
            if (field != null && "entry".equals(element.name())) {
                Path owner = jelly.startsWith(RESOURCES.resolve("lib")) ? OPTIONS_HELP : folder;
                Path help = owner.resolve("help-" + field + ".html");
                if (!Files.isRegularFile(help)) {
                    missing.add(where(jelly, element.line()) + ": field '" + field + "' has no " + help);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldRefuseWhatBrokeTheViewsInARealJenkins() {
        assertThat(StaplerText.parse("Traceability (IEC 62304 5.1.1, 7.3.3)"))
                .isEqualTo(new StaplerText("Traceability ", List.of("IEC 62304 5.1.1", " 7.3.3")));
        assertThat(StaplerText.problem("Traceability (IEC 62304 5.1.1, 7.3.3)")).isPresent();
        assertThat(StaplerText.problem("Link back to Jira (remote links, Fixed In Build, one comment per build)"))
                .isPresent();
        assertThat(StaplerText.problem("IEC 62304 (Trace62304)")).isPresent();
        assertThat(StaplerText.problem("SOUP (IEC 62304 8.1.2)")).isPresent();
        assertThat(StaplerText.problem("Findings, sorted")).isPresent();
        assertThat(StaplerText.problem("unbalanced (text")).isPresent();
        assertThat(StaplerText.problem("Traceability")).isEmpty();
        assertThat(StaplerText.problem("builtBy(it.owner.displayName)")).isEmpty();
        assertThat(StaplerText.problem("builtBy(it.owner.displayName + 1)")).isPresent();
    }

    @Test
    void shouldRefuseInlineScriptStyleAndHandlers() throws IOException {
        Path bad = Files.createTempFile("view", ".jelly");
        try {
            Files.writeString(bad, """
                    <?jelly escape-by-default='true'?>
                    <j:jelly xmlns:j="jelly:core">
                      <script>alert(1)</script>
                      <style>p { color: red }</style>
                      <p style="color: red" onclick="go()"><a href="javascript:go()">x</a></p>
                      <script type="application/json" id="data">{"ok": true}</script>
                      <script src="ok.js"/>
                    </j:jelly>
                    """);
            assertThat(cspProblems(View.read(bad))).hasSize(5);
        } finally {
            Files.delete(bad);
        }
    }

    private static List<String> cspProblems(final View view) {
        List<String> problems = new ArrayList<>();
        for (View.Element element : view.elements()) {
            String at = where(view.file(), element.line()) + ": ";
            String name = element.name().toLowerCase(Locale.ROOT);
            Map<String, String> attributes = element.attributes();
            if ("script".equals(name)
                    && !attributes.containsKey("src")
                    && !"application/json".equals(attributes.get("type"))) {
                problems.add(at + "inline <script>: use <st:adjunct> or a script file, data in data-* attributes");
            }
            if ("style".equals(name)) {
                problems.add(at + "inline <style>: use a CSS file");
            }
            attributes.forEach((attribute, value) -> {
                String lower = attribute.toLowerCase(Locale.ROOT);
                if ("style".equals(lower)) {
                    problems.add(at + "style attribute: use a class");
                } else if (lower.matches("on[a-z]+")) {
                    problems.add(at + "event handler attribute " + attribute + ": register it from a script file");
                } else if (value.trim().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    problems.add(at + "javascript: URL in " + attribute);
                }
            });
        }
        return problems;
    }

    private static String where(final Path file, final int line) {
        return RESOURCES.relativize(file.toAbsolutePath().normalize()) + ":" + line;
    }

    private static Stream<Path> files(final String suffix) throws IOException {
        assertThat(RESOURCES).as("the plugin's resources").isDirectory();
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            return walk
                    .filter(path -> path.toString().endsWith(suffix))
                    .map(path -> path.toAbsolutePath().normalize())
                    .sorted()
                    .toList()
                    .stream();
        }
    }
}
