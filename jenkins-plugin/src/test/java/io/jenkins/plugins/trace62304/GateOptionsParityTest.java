package io.jenkins.plugins.trace62304;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The step and the post-build action offer the same options as {@link GateOptions}: same names, types, defaults and
 * normalisation, each a field of the shared form and each with its help file. A new option added to one facade,
 * the form or the help but not the others fails here. Plain reflection: no Jenkins needed.
 */
class GateOptionsParityTest {
    private static final Pattern FIELD = Pattern.compile("field=\"([A-Za-z]+)\"");

    @Test
    void shouldOfferTheSameOptionsOnTheStepAndTheRecorder() {
        assertThat(setters(Trace62304Step.class)).isEqualTo(setters(Trace62304Recorder.class));
        assertThat(setters(Trace62304Step.class).keySet()).containsExactlyInAnyOrderElementsOf(GateOptions.NAMES);
    }

    @Test
    void shouldHaveTheSameDefaults() throws Exception {
        Map<String, Object> step = values(new Trace62304Step());
        Map<String, Object> recorder = values(new Trace62304Recorder());

        assertThat(step).isEqualTo(recorder).containsEntry("junit", GateOptions.DEFAULT_JUNIT)
                .containsEntry("linkBack", false).containsEntry("onGateFailure", GateOptions.GateFailure.FAILURE)
                .containsEntry("onLinkBackFailure", GateOptions.LinkBackFailure.UNSTABLE).containsEntry("site", "");
    }

    @Test
    void shouldNormaliseAlikeThroughGateOptions() throws Exception {
        Trace62304Step step = new Trace62304Step();
        Trace62304Recorder recorder = new Trace62304Recorder();
        for (Object facade : List.of(step, recorder)) {
            for (Method setter : facade.getClass().getMethods()) {
                if (setter.isAnnotationPresent(DataBoundSetter.class)) {
                    Class<?> type = setter.getParameterTypes()[0];
                    setter.invoke(facade, type == String.class ? "  value  " : type == boolean.class ? true : null);
                }
            }
        }

        assertThat(values(step)).isEqualTo(values(recorder)).containsEntry("jql", "value")
                .containsEntry("onGateFailure", GateOptions.GateFailure.FAILURE).containsEntry("linkBack", true);
    }

    @Test
    void shouldShowEveryOptionInTheFormWithItsHelp() throws IOException {
        String form;
        try (InputStream in = getClass().getResourceAsStream("/lib/trace62304/options.jelly")) {
            assertThat(in).isNotNull();
            form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(FIELD.matcher(form).results().map(result -> result.group(1)).toList())
                .containsExactlyElementsOf(GateOptions.NAMES);
        assertThat(GateOptions.NAMES).allSatisfy(name -> assertThat(
                Trace62304Step.class.getResource("Trace62304Step/help-" + name + ".html")).as(name).isNotNull());
    }

    /** Option name to setter parameter type, from the {@code @DataBoundSetter}s. */
    private static Map<String, Class<?>> setters(final Class<?> facade) {
        Map<String, Class<?>> setters = new LinkedHashMap<>();
        Arrays.stream(facade.getMethods()).filter(method -> method.isAnnotationPresent(DataBoundSetter.class))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(method -> setters.put(Introspector.decapitalize(method.getName().substring(3)),
                        method.getParameterTypes()[0]));
        return setters;
    }

    /** Option name to the value its getter answers. */
    private static Map<String, Object> values(final Object facade) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : setters(facade.getClass()).keySet()) {
            String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Method getter;
            try {
                getter = facade.getClass().getMethod("get" + suffix);
            } catch (NoSuchMethodException e) {
                getter = facade.getClass().getMethod("is" + suffix);
            }
            values.put(name, getter.invoke(facade));
        }
        return values;
    }
}
