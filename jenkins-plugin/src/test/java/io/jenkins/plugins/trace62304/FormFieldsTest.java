package io.jenkins.plugins.trace62304;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code doCheckX} and {@code doFillXItems} serves a field the form really has (a misspelt one is never
 * called), and each field's help file exists. Plain reflection and text: no Jenkins needed.
 */
class FormFieldsTest {
    private static final Pattern FIELD = Pattern.compile("field=\"([A-Za-z]+)\"");

    /** Descriptor, its form, and the describable whose resources hold the form's help (help-FIELD.html). */
    static List<Arguments> forms() {
        return List.of(
                Arguments.of(Trace62304Recorder.DescriptorImpl.class, "/lib/trace62304/options.jelly",
                        Trace62304Step.class),
                Arguments.of(Trace62304Step.DescriptorImpl.class, "/lib/trace62304/options.jelly",
                        Trace62304Step.class),
                Arguments.of(Trace62304MonitorStep.DescriptorImpl.class,
                        "/io/jenkins/plugins/trace62304/Trace62304MonitorStep/config.jelly", Trace62304MonitorStep.class),
                Arguments.of(JiraSite.DescriptorImpl.class, "/io/jenkins/plugins/trace62304/JiraSite/config.jelly",
                        JiraSite.class));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyValidationMethodServesAFieldOfItsForm(final Class<?> descriptor, final String jelly,
            final Class<?> owner) throws IOException {
        Set<String> fields = matches(FIELD, read(jelly));

        List<String> served = Arrays.stream(descriptor.getDeclaredMethods()).map(Method::getName)
                .filter(name -> name.startsWith("doCheck") || name.startsWith("doFill"))
                .map(name -> name.startsWith("doFill") ? name.substring("doFill".length(), name.length() - "Items".length())
                        : name.substring("doCheck".length()))
                .map(name -> name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1)).toList();

        assertThat(served).isNotEmpty();
        assertThat(fields).containsAll(served);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFieldHasItsOneHelpFile(final Class<?> descriptor, final String jelly, final Class<?> owner)
            throws IOException {
        String text = read(jelly);

        // Descriptor.getHelpFile(field) and Pipeline Syntax (structs' DescribableParameter.getHelp) both read
        // help-FIELD.html from the describable's class resources; no help="..." attribute is needed
        assertThat(matches(FIELD, text)).isNotEmpty().allSatisfy(field -> assertThat(
                owner.getResource(owner.getSimpleName() + "/help-" + field + ".html")).as(field).isNotNull());
        assertThat(text).startsWith("<?jelly escape-by-default='true'?>").doesNotContain("help=");
    }

    private static Set<String> matches(final Pattern pattern, final String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toSet());
    }

    private static String read(final String resource) throws IOException {
        try (InputStream in = FormFieldsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
