package io.trace62304.gate;

import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release gate on classifications that must fail safe (4.3, 7.2.2), written as the standard's requirements. */
class ClassificationGateTest {
    @TempDir
    Path temp;

    /** 4.3: software written as "B/C" is Class C software, so a rule for Class C checks its requirements. */
    @Test
    void aRequirementOfSoftwareClassedBOrCIsCheckedByTheClassCRules() throws IOException, ReportException {
        GateResult result = gate(
                "rules:\n  requirements-verified: {classes: [C]}\n",
                baseline()
                        .items(
                                softwareItem("MED-1", "B/C"),
                                of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true))
                        .test("other", TestOutcome.PASSED));

        assertThat(result.findings())
                .filteredOn(f -> f.rule().equals("requirements-verified"))
                .extracting(Finding::item)
                .containsExactly("MED-3");
    }

    private GateResult gate(final String policy, final io.trace62304.testing.BaselineBuilder builder)
            throws IOException, ReportException {
        Path file = Files.writeString(temp.resolve("policy.yaml"), "policy: trace62304-policy/1\n" + policy);
        return new ReleaseGate(new PolicyLoader().load(file)).evaluate(builder.assemble());
    }
}
