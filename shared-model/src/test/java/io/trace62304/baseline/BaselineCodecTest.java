package io.trace62304.baseline;

import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import io.trace62304.report.Severity;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCodecTest {
    private final BaselineCodec codec = new BaselineCodec();
    private final BaselineVerifier verifier = new BaselineVerifier();

    @TempDir
    Path temp;

    @Test
    void shouldRoundTripAndReproduceTheDigest() throws IOException, ReportException {
        SealedBaseline sealed = codec.seal(sample().assemble());
        Path file = temp.resolve("baseline.json");
        codec.write(sealed, file);

        SealedBaseline read = codec.read(file);

        assertThat(read).isEqualTo(sealed);
        assertThat(codec.seal(read.baseline()).digest())
                .isEqualTo(sealed.digest())
                .startsWith("sha256:")
                .hasSize(71);
        assertThat(Files.readAllBytes(file)).isEqualTo(codec.bytes(sealed));
        assertThat(verifier.verify(file, Optional.empty())).isEmpty();
    }

    @Test
    void shouldBeIdenticalForTheSameInputs() {
        assertThat(codec.bytes(codec.seal(sample().assemble())))
                .isEqualTo(codec.bytes(codec.seal(sample().assemble())));
    }

    @Test
    void shouldDetectEveryAlteredByte() throws IOException {
        Path file = temp.resolve("baseline.json");
        codec.write(codec.seal(sample().assemble()), file);
        byte[] original = Files.readAllBytes(file);
        Path altered = temp.resolve("altered.json");

        for (int i = 0; i < original.length; i++) {
            byte[] bytes = original.clone();
            bytes[i] = (byte) (bytes[i] == '1' ? '2' : bytes[i] == ' ' ? '_' : bytes[i] ^ 0x01);
            Files.write(altered, bytes);
            assertThat(verifier.verify(altered, Optional.empty()))
                    .as("byte %d altered", i)
                    .isNotEmpty();
        }
    }

    @Test
    void shouldDetectReformattingEvenWhenTheContentIsTheSame() throws IOException {
        Path file = temp.resolve("baseline.json");
        codec.write(codec.seal(sample().assemble()), file);
        String pretty = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(file.toFile())
                .toPrettyString();
        Files.writeString(file, pretty);

        assertThat(verifier.verify(file, Optional.empty()))
                .singleElement()
                .asString()
                .contains("not in canonical form from byte 1");
    }

    @Test
    void shouldCheckTheChainToThePreviousBaseline() throws IOException {
        SealedBaseline first = codec.seal(sample().assemble());
        Path previous = temp.resolve("first.json");
        codec.write(first, previous);
        Path chained = temp.resolve("second.json");
        codec.write(codec.seal(sample().previous(first.digest()).assemble()), chained);
        Path unchained = temp.resolve("third.json");
        codec.write(codec.seal(sample().previous("sha256:" + "0".repeat(64)).assemble()), unchained);

        assertThat(verifier.verify(chained, Optional.of(previous))).isEmpty();
        assertThat(verifier.verify(unchained, Optional.of(previous)))
                .singleElement()
                .asString()
                .contains("names previous digest 'sha256:000");
    }

    @Test
    void shouldRefuseWhatIsNotABaseline() throws IOException {
        Path other = Files.writeString(temp.resolve("other.json"), "{\"schema\":\"something-else/1\"}");
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\"schema\":\"trace62304-baseline/2\",\"x\":1}");

        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> codec.read(other))
                .withMessageContaining("not a trace62304-baseline/2 baseline");
        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> codec.read(broken))
                .withMessageContaining("does not follow trace62304-baseline/2");
        assertThat(verifier.verify(temp.resolve("missing.json"), Optional.empty()))
                .singleElement()
                .asString()
                .contains("missing.json");
    }

    @Test
    void shouldStillReproduceTheDigestOfAVersion1Sample() throws ReportException, IOException {
        Path sample = Fixtures.of("baseline-v1-infusion-pump.json");

        assertThat(verifier.verify(sample, Optional.empty())).isEmpty();
        SealedBaseline read = codec.read(sample);
        assertThat(codec.seal(read.baseline()).digest()).isEqualTo(read.digest());
        assertThat(new String(codec.bytes(read), StandardCharsets.UTF_8)).isEqualTo(Files.readString(sample));
    }

    static BaselineBuilder sample() {
        return baseline()
                .items(
                        softwareItem("MED-1", "C"),
                        of("MED-1", "MED-2", ItemType.RISK_CONTROL, "Implemented", false),
                        of(
                                "MED-1",
                                "MED-3",
                                ItemType.PROBLEM_REPORT,
                                "Deferred",
                                false,
                                "Risk Evaluation",
                                "no hazard \u2028 \"quoted\""))
                .test("limits the bolus", TestOutcome.PASSED, "MED-2")
                .test("rounds down", TestOutcome.FAILED)
                .dependency("pkg:maven/g/a@1.0", BaselineBuilder.vulnerability("CVE-2024-1", Severity.HIGH))
                .coverage("com.example.dose", 90, 100, 45, 50);
    }

    static List<String> keys(final Baseline baseline) {
        return baseline.items().stream().map(ItemState::key).toList();
    }
}
