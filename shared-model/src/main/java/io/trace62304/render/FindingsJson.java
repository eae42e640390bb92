package io.trace62304.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.Level;
import io.trace62304.gate.RuleResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code findings.json}: the verdict and every rule with its findings, for machines (docs/outputs.md). */
public final class FindingsJson {
    private static final String FORMAT = "trace62304-findings/1";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(final SealedBaseline sealed, final GateResult result) {
        try {
            return mapper.writeValueAsString(document(sealed, result)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write findings.json: " + e.getMessage(), e);
        }
    }

    /** The same document, written to {@code out} as it is generated; the caller closes {@code out}. */
    public void write(final SealedBaseline sealed, final GateResult result, final Writer out) throws IOException {
        mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document(sealed, result));
        out.write("\n");
    }

    private Document document(final SealedBaseline sealed, final GateResult result) {
        return new Document(
                FORMAT,
                result.verdict().name(),
                sealed.baseline().build().job(),
                sealed.baseline().build().buildId(),
                sealed.digest(),
                result.policy().name(),
                result.policy().source(),
                result.policy().sha256(),
                result.belowMinimumLines(),
                new Counts(result.count(Level.ERROR), result.count(Level.FAIL), result.count(Level.WARNING)),
                result.rules());
    }

    /** The document's shape. */
    private record Document(
            String format,
            String verdict,
            String job,
            String build,
            String baselineDigest,
            String policy,
            String policySource,
            String policySha256,
            List<String> belowMinimum,
            Counts counts,
            List<RuleResult> rules) {}

    private record Counts(long error, long fail, long warning) {}
}
