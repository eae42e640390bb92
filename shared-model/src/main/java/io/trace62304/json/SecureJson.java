package io.trace62304.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one entry point through which report JSON is read: capped nesting, string and number lengths,
 * duplicate keys refused (an ambiguous report is not evidence), errors that name file, line and column.
 */
public final class SecureJson {
    /** One mapper per set of limits: building one per document costs more than reading a small one (OSV records). */
    private static final java.util.Map<ReportLimits, ObjectMapper> MAPPERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private SecureJson() {}

    /**
     * @param file   the document
     * @param limits size caps
     * @return its tree
     * @throws ReportException if the file is missing, empty, too large, malformed or breaks a cap
     */
    public static JsonNode read(final Path file, final ReportLimits limits) throws ReportException {
        limits.checkFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), limits);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * JSON text that arrived from elsewhere (e.g. another machine of a CI server), under the same caps.
     *
     * @param text   the document
     * @param source what to call it in errors
     * @param limits size caps
     * @return its tree
     * @throws ReportException if the text is too large, malformed or breaks a cap
     */
    public static JsonNode read(final String text, final String source, final ReportLimits limits)
            throws ReportException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > limits.maxFileBytes()) {
            throw new ReportException(
                    source, 0, 0, "the text is larger than the limit of " + limits.maxFileBytes() + " bytes", null);
        }
        try {
            return read(new ByteArrayInputStream(bytes), source, limits);
        } catch (IOException e) {
            throw new ReportException(source, 0, 0, "cannot read the text: " + e.getMessage(), e);
        }
    }

    private static JsonNode read(final InputStream in, final String source, final ReportLimits limits)
            throws IOException, ReportException {
        ObjectMapper mapper = MAPPERS.computeIfAbsent(limits, l -> new ObjectMapper(factory(l)));
        try (JsonParser parser = mapper.createParser(in)) {
            try {
                return readRoot(source, mapper, parser);
            } catch (JsonProcessingException e) {
                throw located(source, e, parser.currentLocation());
            }
        } catch (CharConversionException e) {
            throw new ReportException(source, 0, 0, "the file is not valid text in its encoding: " + e.getMessage(), e);
        }
    }

    private static JsonNode readRoot(final String source, final ObjectMapper mapper, final JsonParser parser)
            throws IOException, ReportException {
        JsonNode root = mapper.readTree(parser);
        if (root == null || root.isMissingNode()) {
            throw new ReportException(source, 0, 0, "the file holds no JSON value", null);
        }
        if (parser.nextToken() != null) {
            throw located(source, null, parser.currentLocation(), "malformed JSON: more content after the first value");
        }
        return root;
    }

    private static ReportException located(
            final String file, final JsonProcessingException e, final JsonLocation fallback) {
        return located(file, e, fallback, explain(e));
    }

    private static ReportException located(
            final String file, final JsonProcessingException e, final JsonLocation fallback, final String reason) {
        JsonLocation at =
                e != null && e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : fallback;
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return new ReportException(file, line, column, reason, e);
    }

    private static String explain(final JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message.contains("end-of-input") || message.contains("Unexpected end")) {
            return "the JSON ends early (truncated file?): " + message;
        }
        if (message.contains("Duplicate field")) {
            return "a key appears twice in one object, so the report is ambiguous: " + message;
        }
        if (message.contains("exceeds the maximum")) {
            return "the document exceeds a safety limit: " + message;
        }
        return "malformed JSON: " + message;
    }

    private static JsonFactory factory(final ReportLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxTextChars())
                        .maxNumberLength(64)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }
}
