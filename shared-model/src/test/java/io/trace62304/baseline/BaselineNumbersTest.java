package io.trace62304.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, point 12: a baseline with a number no sealed baseline can hold (2^60, 1e400, -1 for a count) is a
 * verify failure with one line naming the file and the value, never a stack trace, whether it was re-sealed by
 * the attacker or not.
 */
class BaselineNumbersTest {
    private final BaselineCodec codec = new BaselineCodec();

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"total\":2}|\"total\":1152921504606846976}|has no exact canonical form",
                "\"total\":2}|\"total\":1e400}|",
                "\"total\":2}|\"total\":-1}|test counts cannot be negative",
                "\"size\":1234|\"size\":-1|an artifact size cannot be negative",
                "\"total\":2}|\"total\":2.5}|at /tests/total: "
            })
    void shouldFailVerificationInOneLine(final String original, final String hostile, final String reason)
            throws IOException {
        Path file = write("baseline.json");
        String text = Files.readString(file);
        assertThat(text).contains(original);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(original), hostile));

        List<String> problems = new BaselineVerifier().verify(file, Optional.empty());

        assertThat(problems)
                .isNotEmpty()
                .allSatisfy(problem ->
                        assertThat(problem).startsWith(file.toString()).doesNotContain("\n"));
        assertThat(String.join(" ", problems)).contains(reason == null ? "" : reason);
    }

    @Test
    void shouldRefuseANegativeCountEvenWhenTheDigestWasRecomputed() throws IOException {
        Path file = write("baseline.json");
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        ((ObjectNode) tree.get("tests")).put("failed", -1);
        tree.remove(BaselineCodec.DIGEST);
        tree.put(BaselineCodec.DIGEST, BaselineCodec.digestOf(tree));
        Files.write(file, CanonicalJson.bytes(tree));

        assertThat(new BaselineVerifier().verify(file, Optional.empty()))
                .singleElement()
                .asString()
                .startsWith(file + ": the baseline does not follow trace62304-baseline/2: at /tests: ")
                .contains("test counts cannot be negative")
                .doesNotContain("\n");
    }

    private Path write(final String name) throws IOException {
        Path file = temp.resolve(name);
        codec.write(codec.seal(BaselineCodecTest.sample().assemble()), file);
        return file;
    }
}
