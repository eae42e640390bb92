package io.trace62304.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.trace62304.item.SafetyClass;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyLoaderTest {
    private final PolicyLoader loader = new PolicyLoader();

    @TempDir
    Path temp;

    @Test
    void shouldShipDocumentedDefaultsPerClass() {
        Policy policy = loader.defaults();

        assertThat(policy.source()).isEqualTo("built-in defaults");
        assertThat(policy.sha256()).hasSize(64);
        assertThat(policy.deferredStatuses()).containsExactly("Deferred");
        assertThat(policy.rules().keySet())
                .containsExactly(
                        "inputs-readable",
                        "item-types-known",
                        "tests-recorded",
                        "release-record",
                        "changes-traced",
                        "component-source-present",
                        "soup-identified",
                        "items-approved",
                        "soup-in-build",
                        "vulnerabilities-assessed",
                        "soup-anomalies-reviewed",
                        "exploitable-vulnerabilities",
                        "vulnerabilities-evaluated",
                        "deferral-justified",
                        "anomalies-evaluated",
                        "anomalies-deferred",
                        "failing-tests",
                        "risk-controls-verified",
                        "requirements-verified",
                        "closed-problem-reports-complete",
                        "coverage",
                        "trace-references-known",
                        "classification-consistent");
        assertThat(policy.settings("risk-controls-verified").classes())
                .containsExactlyInAnyOrder(SafetyClass.B, SafetyClass.C);
        assertThat(policy.settings("requirements-verified").classes())
                .containsExactlyInAnyOrder(SafetyClass.A, SafetyClass.B, SafetyClass.C);
        assertThat(policy.settings("soup-identified").classes()).containsExactlyInAnyOrder(SafetyClass.values());
        assertThat(policy.settings("soup-in-build").severity()).isEqualTo(Level.WARNING);
        assertThat(policy.settings("coverage")
                        .node("thresholds")
                        .path("C")
                        .path("line")
                        .asInt())
                .isEqualTo(95);
        assertThat(policy.settings("coverage")
                        .node("thresholds")
                        .path("C")
                        .path("branch")
                        .asInt())
                .isEqualTo(90);
        assertThat(policy.settings("coverage")
                        .node("thresholds")
                        .path("B")
                        .path("branch")
                        .asInt())
                .isEqualTo(80);
    }

    @Test
    void shouldOverrideSettingBySetting() throws IOException, ReportException {
        Policy policy = loader.load(write("""
                policy: trace62304-policy/1
                name: Our QMS
                statuses: {deferred: [Deferred, Accepted Risk]}
                rules:
                  requirements-verified: {classes: [B, C]}
                  soup-in-build: {severity: fail}
                  coverage: {thresholds: {C: {line: 90, branch: 85.5}}}
                """));

        assertThat(policy.name()).isEqualTo("Our QMS");
        assertThat(policy.isDeferred(" accepted risk ")).isTrue();
        assertThat(policy.settings("requirements-verified").classes())
                .containsExactlyInAnyOrder(SafetyClass.B, SafetyClass.C);
        assertThat(policy.settings("soup-in-build").severity()).isEqualTo(Level.FAIL);
        assertThat(policy.settings("coverage")
                        .node("thresholds")
                        .path("C")
                        .path("branch")
                        .asDouble())
                .isEqualTo(85.5);
        assertThat(policy.settings("coverage").node("thresholds").has("B")).isFalse();
        assertThat(policy.settings("risk-controls-verified").classes()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rules: {requirement-verified: {enabled: false}} | unknown rule 'requirement-verified'",
                "rules: {coverage: {treshold: 1}} | unknown setting 'treshold'",
                "rules: {coverage: {thresholds: 95}} | expected a object, found a number",
                "rules: {coverage: {thresholds: {D: {line: 1}}}} | keyed by safety class, not 'D'",
                "rules: {coverage: {thresholds: {C: {lines: 1}}}} | line, branch or instruction",
                "rules: {coverage: {thresholds: {C: {line: 101}}}} | percentage 0-100",
                "rules: {coverage: {packages: {a.b: X}}} | map globs to a safety class",
                "rules: {coverage: {packages: {a.b: B/C}}} | map globs to a safety class",
                "rules: {coverage: {packages: {a.b: {class: A}}}} | 'rationale' (how this code is segregated, 5.3.5)",
                "rules: {failing-tests: {scope: some}} | scope is 'traced' or 'all'",
                "rules: {vulnerabilities-assessed: {minimumSeverity: huge}} | minimumSeverity is one of",
                "rules: {exploitable-vulnerabilities: {blockingSeverities: [bad]}} | blockingSeverities lists",
                "rules: {anomalies-evaluated: {classes: [D]}} | 'D' is not a safety class",
                "rules: {anomalies-evaluated: {severity: info}} | severity is 'fail' or 'warning'",
                "rules: {inputs-readable: {enabled: false}} | cannot be disabled",
                "policy: trace62304-policy/9 | unsupported policy format",
                "colour: red | unknown setting 'colour'",
                "rules: [] | 'rules' maps rule ids",
                "statuses: {deferred: Deferred} | expected a array, found a string",
                "- a list | a policy file is a mapping",
                "monitoring: {communicationDecision: sometimes} | communicationDecision is 'required' or 'optional'",
                "monitoring: {communication: optional} | unknown setting 'communication'",
                "approval: {classes: [D]} | 'D' is not a safety class",
                "approval: {kinds: [nightly]} | unknown build kind 'nightly'",
                "approval: {meanings: [authorship]} | 'authorship' is not a meaning of an approval",
                "approval: {twoPerson: yes please} | expected a boolean, found a string",
                "approval: {required: [B, C]} | unknown setting 'required'",
                "approval: {sources: [email]} | 'email' is not a source of approvals"
            })
    void shouldNameTheSettingThatIsWrong(final String yaml, final String message) throws IOException {
        Path file = write(yaml.replace("\\n", "\n"));

        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> loader.load(file))
                .withMessageStartingWith(file.toString())
                .withMessageContaining(message);
    }

    private Path write(final String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(temp, "policy", ".yaml"), yaml);
    }
}
