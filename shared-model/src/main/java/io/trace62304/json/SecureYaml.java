package io.trace62304.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one way to read the YAML files people write by hand (item files, gate policies). Keys may not repeat,
 * aliases and nesting are capped, and every error names the file, line and column.
 */
public final class SecureYaml {
    private static final int MAX_ALIASES = 50;

    private SecureYaml() {}

    /** Reads one YAML document into a tree; an empty document is an error. */
    public static JsonNode read(final Path file, final ReportLimits limits) throws ReportException {
        limits.checkFile(file);
        ObjectMapper mapper = new ObjectMapper(factory(limits));
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = mapper.createParser(in)) {
            try {
                JsonNode root = mapper.readTree(parser);
                if (root == null || root.isMissingNode() || root.isNull()) {
                    throw new ReportException(file, "the file holds no YAML document");
                }
                return root;
            } catch (JsonProcessingException e) {
                throw located(file, e, parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw located(file, e, null);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Reads a YAML document from the class path (documented defaults shipped in the jar). */
    public static JsonNode readResource(final Class<?> owner, final String name) {
        ObjectMapper mapper = new ObjectMapper(factory(ReportLimits.DEFAULT));
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + owner.getName());
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static ReportException located(
            final Path file, final JsonProcessingException e, final JsonLocation fallback) {
        JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : fallback;
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String message = e.getOriginalMessage();
        String reason = message.contains("Duplicate field")
                ? "a key appears twice in one mapping, so the file is ambiguous: " + message
                : "malformed YAML: " + message;
        return new ReportException(file.toString(), line, column, reason, e);
    }

    private static YAMLFactory factory(final ReportLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxTextChars())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
