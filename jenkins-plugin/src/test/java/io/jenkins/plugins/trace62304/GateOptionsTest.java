package io.jenkins.plugins.trace62304;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import hudson.util.XStream2;

/**
 * Job configuration written before an option existed: Jenkins reads it with XStream, which runs no field
 * initializer, so every option it lacks must still get its default. A real Jenkins 2.479.3 failed a freestyle build
 * with a NullPointerException on {@code kind} for exactly such a configuration (jenkins-real smoke test, 2026-12-04).
 */
class GateOptionsTest {
    /** A recorder as a job's {@code config.xml} kept it before {@code kind}, {@code product} and more existed. */
    private static final String OLD_RECORDER = """
            <io.jenkins.plugins.trace62304.Trace62304Recorder plugin="trace62304">
              <options>
                <junit>reports/*.xml</junit>
                <jacoco>jacoco.xml</jacoco>
                <items>items.yaml</items>
                <linkBack>false</linkBack>
                <onGateFailure>UNSTABLE</onGateFailure>
              </options>
            </io.jenkins.plugins.trace62304.Trace62304Recorder>
            """;

    @Test
    void shouldGiveEveryOptionAnOldConfigurationLacksItsDefault() {
        Trace62304Recorder recorder = (Trace62304Recorder) new XStream2().fromXML(OLD_RECORDER);

        assertThat(recorder.getKind()).isEqualTo(GateOptions.BuildKind.CI);
        assertThat(recorder.getProduct()).isEmpty();
        assertThat(recorder.getProductVersion()).isEmpty();
        assertThat(recorder.getSite()).isEmpty();
        assertThat(recorder.getJql()).isEmpty();
        assertThat(recorder.getPolicy()).isEmpty();
        assertThat(recorder.getDependencyCheck()).isEmpty();
        assertThat(recorder.getCyclonedx()).isEmpty();
        assertThat(recorder.getMappings()).isEmpty();
        assertThat(recorder.getArtifacts()).isEmpty();
        assertThat(recorder.getOnLinkBackFailure()).isEqualTo(GateOptions.LinkBackFailure.UNSTABLE);
        assertThat(recorder.getKind().kind()).isNotNull();
    }

    @Test
    void shouldKeepWhatAnOldConfigurationSays() {
        Trace62304Recorder recorder = (Trace62304Recorder) new XStream2().fromXML(OLD_RECORDER);

        assertThat(recorder.getJunit()).isEqualTo("reports/*.xml");
        assertThat(recorder.getJacoco()).isEqualTo("jacoco.xml");
        assertThat(recorder.getItems()).isEqualTo("items.yaml");
        assertThat(recorder.getOnGateFailure()).isEqualTo(GateOptions.GateFailure.UNSTABLE);
    }

    /** Every option of {@link GateOptions#NAMES}, so an option added later cannot be left null (as archive was). */
    @Test
    void shouldGiveEveryOptionItsDefaultWhenTheConfigurationHasNone() throws Exception {
        Trace62304Recorder read = (Trace62304Recorder) new XStream2().fromXML(
                "<io.jenkins.plugins.trace62304.Trace62304Recorder><options/></io.jenkins.plugins.trace62304.Trace62304Recorder>");
        Trace62304Recorder fresh = new Trace62304Recorder();

        for (String name : GateOptions.NAMES) {
            Method getter = getter(name);
            assertThat(getter.invoke(read)).as(name).isNotNull().isEqualTo(getter.invoke(fresh));
        }
    }

    private static Method getter(final String name) throws NoSuchMethodException {
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        try {
            return Trace62304Recorder.class.getMethod("get" + suffix);
        }
        catch (NoSuchMethodException e) {
            return Trace62304Recorder.class.getMethod("is" + suffix);
        }
    }

    @Test
    void shouldGiveTheDefaultReportPatternWhenJunitIsMissing() {
        Trace62304Recorder recorder = (Trace62304Recorder) new XStream2().fromXML(
                "<io.jenkins.plugins.trace62304.Trace62304Recorder><options/></io.jenkins.plugins.trace62304.Trace62304Recorder>");

        assertThat(recorder.getJunit()).isEqualTo(GateOptions.DEFAULT_JUNIT);
        assertThat(recorder.getKind()).isEqualTo(GateOptions.BuildKind.CI);
        assertThat(recorder.getOnGateFailure()).isEqualTo(GateOptions.GateFailure.FAILURE);
    }
}
