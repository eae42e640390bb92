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
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one entry point through which report JSON is read: capped nesting, string and number lengths,
 * duplicate keys refused (an ambiguous report is not evidence), errors that name file, line and column.
 */
public final class SecureJson {
    private SecureJson() {
    }

    /**
     * @param file   the document
     * @param limits size caps
     * @return its tree
     * @throws ReportException if the file is missing, empty, too large, malformed or breaks a cap
     */
    public static JsonNode read(final Path file, final ReportLimits limits) throws ReportException {
        limits.checkFile(file);
        ObjectMapper mapper = new ObjectMapper(factory(limits));
        try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
            try {
                return readRoot(file, mapper, parser);
            }
            catch (JsonProcessingException e) {
                throw located(file, e, parser.currentLocation());
            }
        }
        catch (CharConversionException e) {
            throw new ReportException(file, "the file is not valid text in its encoding: " + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static JsonNode readRoot(final Path file, final ObjectMapper mapper, final JsonParser parser)
            throws IOException, ReportException {
        JsonNode root = mapper.readTree(parser);
        if (root == null || root.isMissingNode()) {
            throw new ReportException(file, "the file holds no JSON value");
        }
        if (parser.nextToken() != null) {
            throw located(file, null, parser.currentLocation(), "malformed JSON: more content after the first value");
        }
        return root;
    }

    private static ReportException located(final Path file, final JsonProcessingException e,
            final JsonLocation fallback) {
        return located(file, e, fallback, explain(e));
    }

    private static ReportException located(final Path file, final JsonProcessingException e,
            final JsonLocation fallback, final String reason) {
        JsonLocation at = e != null && e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                : fallback;
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return new ReportException(file.toString(), line, column, reason, e);
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
